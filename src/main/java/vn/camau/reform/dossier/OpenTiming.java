package vn.camau.reform.dossier;

/**
 * Where an open dossier stands against its due date on a given day. WAITING: waiting for the
 * applicant's supplement, the clock stopped, so neither due soon nor overdue ("chờ bổ sung").
 */
public enum OpenTiming {
    ON_TRACK, DUE_SOON, OVERDUE, WAITING;

    /** Translation key of the open timing's name. */
    public String labelKey() {
        return "open-timing." + name();
    }
}
