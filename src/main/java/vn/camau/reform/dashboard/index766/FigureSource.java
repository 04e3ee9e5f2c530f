package vn.camau.reform.dashboard.index766;

/** Where a sub-indicator's figure comes from, shown beside every figure of the index. */
public enum FigureSource {
    /** Counted from the dossiers and hotline reports held here. */
    COMPUTED,
    /** Entered by hand by an administrator for the unit and period, with a note saying where from. */
    ENTERED,
    /** Not held here and not entered: left out of the total, the maximum reduced by its points. */
    NOT_COMPUTABLE;

    /** Translation key of the source's name. */
    public String labelKey() {
        return "index766.source." + name();
    }
}
