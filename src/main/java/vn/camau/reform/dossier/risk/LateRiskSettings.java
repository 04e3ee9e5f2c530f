package vn.camau.reform.dossier.risk;

/**
 * The early warning's rules an administrator sets.
 *
 * @param threshold a dossier is shown (and counted) at risk from this probability on, 0–1
 * @param minCases  a cell with fewer past cases gives no figure ("not enough history")
 */
public record LateRiskSettings(double threshold, int minCases) {

    public static final String THRESHOLD = "risk.threshold";
    public static final String MIN_CASES = "risk.min-cases";
    public static final LateRiskSettings DEFAULTS = new LateRiskSettings(0.5, 20);
}
