package vn.camau.reform.apology;

/** Whether the new appointment date was kept. A miss is the second miss of the dossier: the worst case. */
public enum ApologyOutcome {
    /** The new date has not come yet and the dossier is still open. */
    PENDING,
    MET,
    MISSED;

    /** Translation key of the outcome's name. */
    public String labelKey() {
        return "apology.outcome." + name();
    }
}
