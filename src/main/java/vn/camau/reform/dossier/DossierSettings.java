package vn.camau.reform.dossier;

/**
 * The timing rules an administrator sets.
 *
 * @param dueSoonWorkingDays an open dossier is "due soon" when at most this many working days remain
 * @param supplementRule     whether a supplement request pauses or restarts the clock
 */
public record DossierSettings(int dueSoonWorkingDays, SupplementRule supplementRule) {

    public static final String DUE_SOON = "dossier.due-soon-working-days";
    public static final String SUPPLEMENT = "dossier.supplement-rule";
}
