package vn.camau.reform.dossier;

/** Orders of the late-case alerts; the most overdue first is what leaders ask for. */
public enum AlertSort {
    MOST_LATE_FIRST, LEAST_LATE_FIRST, RECEIVED_FIRST, UNIT;

    /** Translation key of the order's name. */
    public String labelKey() {
        return "alert.sort." + name();
    }
}
