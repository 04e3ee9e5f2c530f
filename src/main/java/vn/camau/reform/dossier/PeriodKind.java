package vn.camau.reform.dossier;

public enum PeriodKind {
    MONTH, QUARTER, YEAR, CUSTOM
}
