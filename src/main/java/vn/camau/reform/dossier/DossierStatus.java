package vn.camau.reform.dossier;

/** The list filters a leader drills into from a figure. */
public enum DossierStatus {
    /** Received in the period, whatever happened next. */
    RECEIVED,
    EARLY, ON_TIME, LATE,
    /** Open now. */
    OPEN,
    /** Open now and past the due date, not waiting for the applicant. */
    OVERDUE,
    /** Open now and waiting for the applicant's supplement ("chờ bổ sung"): the clock is stopped. */
    WAITING;

    /** Translation key of the status's name. */
    public String labelKey() {
        return "dossier.status." + name();
    }
}
