package vn.camau.reform.base.period;

public enum PeriodKind {
    MONTH, QUARTER, YEAR, CUSTOM;

    /** Translation key of the kind's name. */
    public String labelKey() {
        return "period.kind." + name();
    }
}
