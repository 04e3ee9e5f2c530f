package vn.camau.reform.notification;

public enum NotificationKind {
    /** A leader urged the unit about a late or nearly late dossier (đôn đốc). */
    REMINDER,
    /** The morning summary of overdue and due-soon dossiers in the leader's scope. */
    DAILY_DIGEST,
    /** An apology for a late dossier awaits signing, or came back to its drafter. */
    APOLOGY,
    /** A hotline report was assigned to the inspector. */
    HOTLINE
}
