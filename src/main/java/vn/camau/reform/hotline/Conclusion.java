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

    /** The founded findings as stored (the conclusion columns hold the names), for SQL. */
    public static List<String> foundedNames() {
        return Arrays.stream(values()).filter(Conclusion::isFounded).map(Enum::name).toList();
    }

    public String labelKey() {
        return "hotline.conclusion." + name();
    }
}
