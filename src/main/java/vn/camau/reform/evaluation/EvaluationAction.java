package vn.camau.reform.evaluation;

/** The entries of a rating's history. */
public enum EvaluationAction {
    SELF_ASSESSED, PROPOSED, REVIEWED, APPROVED, RETURNED;

    public String labelKey() {
        return "evaluation.action." + name();
    }
}
