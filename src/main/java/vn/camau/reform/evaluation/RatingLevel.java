package vn.camau.reform.evaluation;

/** The four levels of both decrees, best first. */
public enum RatingLevel {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED;

    /** Good or better: the base of the excellent quota. */
    public boolean isGoodOrBetter() {
        return this == EXCELLENT || this == GOOD;
    }

    public String labelKey() {
        return "evaluation.level." + name();
    }
}
