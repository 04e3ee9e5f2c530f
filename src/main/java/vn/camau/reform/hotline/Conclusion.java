package vn.camau.reform.hotline;

import java.util.Arrays;
import java.util.List;

/** The leader's finding on a report. Founded and partly founded count against the officer and unit. */
public enum Conclusion {
    UNFOUNDED, PARTLY_FOUNDED, FOUNDED;

    /** The one rule of which findings count against the officer and unit. */
    public boolean isFounded() {
        return this != UNFOUNDED;
    }

    /** The founded findings, for SQL. */
    public static List<Conclusion> founded() {
        return Arrays.stream(values()).filter(Conclusion::isFounded).toList();
    }

    public String labelKey() {
        return "hotline.conclusion." + name();
    }
}
