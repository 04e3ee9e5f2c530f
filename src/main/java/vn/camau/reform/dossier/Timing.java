package vn.camau.reform.dossier;

/** A resolved dossier's timing, judged by date only as provincial systems do (DOMAIN §4). */
public enum Timing {
    EARLY, ON_TIME, LATE;

    /** Translation key of the timing's name. */
    public String labelKey() {
        return "timing." + name();
    }
}
