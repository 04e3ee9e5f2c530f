package vn.camau.reform.hotline;

/** The leader's finding on a report. Founded and partly founded count against the officer and unit. */
public enum Conclusion {
    UNFOUNDED, PARTLY_FOUNDED, FOUNDED;

    public boolean isFounded() {
        return this != UNFOUNDED;
    }

    public String labelKey() {
        return "hotline.conclusion." + name();
    }
}
