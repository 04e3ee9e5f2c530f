package vn.camau.reform.evaluation;

/**
 * Where a rating stands in the workflow of DOMAIN §8: the officer's self-assessment → the direct
 * manager's proposal → HR's review → the head's approval, after which it is locked.
 */
public enum EvaluationState {
    AWAITING_SELF, SELF_ASSESSED, PROPOSED, REVIEWED, APPROVED;

    /** The step a return sends it back to: one step, and from the head's desk back to the manager. */
    public EvaluationState returnedTo() {
        return switch (this) {
            case SELF_ASSESSED -> AWAITING_SELF;
            case PROPOSED, REVIEWED -> SELF_ASSESSED;
            default -> throw new IllegalStateException(name() + " cannot be returned");
        };
    }

    public String labelKey() {
        return "evaluation.state." + name();
    }
}
