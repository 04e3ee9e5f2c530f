package vn.camau.reform.dossier.risk;

/**
 * Whose history a figure comes from: the officer's own for the procedure, the officer's own over every
 * procedure they handle, the unit's, or every unit's for the procedure.
 */
public enum RiskBasis {
    OFFICER, PERSON, UNIT, ALL;

    /** Translation key of the basis's name. */
    public String labelKey() {
        return "risk.basis." + name();
    }
}
