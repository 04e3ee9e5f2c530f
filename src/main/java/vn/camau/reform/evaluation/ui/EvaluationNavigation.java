package vn.camau.reform.evaluation.ui;

/** The addresses of the evaluation screens, so links and tests agree on them. */
public final class EvaluationNavigation {

    public static final String CYCLES = "evaluations";
    public static final String MINE = "my-evaluations";

    private EvaluationNavigation() {
    }

    public static String evaluation(long id) {
        return "evaluations/" + id;
    }

    public static String cycle(long id) {
        return "evaluations/cycle/" + id;
    }

    /** The cycle list focused on a unit, kept in the URL so a leader can share it. */
    public static String cycles(Long unitId) {
        return unitId == null ? CYCLES : CYCLES + "?unit=" + unitId;
    }
}
