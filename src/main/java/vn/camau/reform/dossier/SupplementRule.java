package vn.camau.reform.dossier;

/**
 * What a supplement request does to the clock. Not settled nationally (DOMAIN §4), so it is a
 * setting: PAUSE moves the due date by the working days the applicant took; RESTART counts the
 * procedure's full time limit again from the day the supplement arrived.
 */
public enum SupplementRule {
    PAUSE, RESTART;

    /** Translation key of the rule's name. */
    public String labelKey() {
        return "settings.supplement." + name();
    }
}
