package vn.camau.reform.evaluation;

/** How often a unit rates its officers. */
public enum Frequency {
    MONTHLY, QUARTERLY, ANNUAL;

    public String labelKey() {
        return "evaluation.frequency." + name();
    }
}
