package vn.camau.reform.dossier;

/** Where an open dossier stands against its due date on a given day. */
public enum OpenTiming {
    ON_TRACK, DUE_SOON, OVERDUE
}
