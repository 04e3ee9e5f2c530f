package vn.camau.reform.hotline;

/** A report against its answer deadline. */
public enum HotlineTiming {
    ON_TRACK, DUE_SOON, OVERDUE, ANSWERED_IN_TIME, ANSWERED_LATE;

    public String labelKey() {
        return "hotline.timing." + name();
    }
}
