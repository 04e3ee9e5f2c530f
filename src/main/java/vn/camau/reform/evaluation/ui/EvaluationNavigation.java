package vn.camau.reform.evaluation.ui;

import com.vaadin.flow.router.QueryParameters;

/** The evaluation screens' addresses, so links and tests spell them one way. */
public final class EvaluationNavigation {

    public static final String CYCLES = "evaluations";
    public static final String MINE = "my-evaluations";

    private EvaluationNavigation() {
    }

    public static String cycle(long id) {
        return CYCLES + "/cycle/" + id;
    }

    public static String evaluation(long id) {
        return CYCLES + "/" + id;
    }

    /** The cycle list narrowed to a unit and what is under it; null for the whole scope. */
    public static QueryParameters cycles(Long unitId) {
        return unitId == null ? QueryParameters.empty() : QueryParameters.of("unit", String.valueOf(unitId));
    }
}
