package vn.camau.reform.dossier.risk;

/** Whose history a figure comes from: the officer's own, the unit's, or every unit's for the procedure. */
public enum RiskBasis {
    OFFICER, UNIT, ALL
}
