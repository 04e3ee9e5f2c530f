package vn.camau.reform.base.period;

public enum PeriodKind {
    MONTH, QUARTER, YEAR, CUSTOM
}
