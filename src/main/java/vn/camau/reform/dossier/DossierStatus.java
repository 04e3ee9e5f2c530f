package vn.camau.reform.dossier;

/** The list filters a leader drills into from a figure. */
public enum DossierStatus {
    /** Received in the period, whatever happened next. */
    RECEIVED,
    EARLY, ON_TIME, LATE,
    /** Open now. */
    OPEN,
    /** Open now and past the due date. */
    OVERDUE
}
