package vn.camau.reform.hotline;

/** What the citizen said of the answer. NOT_SATISFIED is what allows a report to be reopened. */
public enum Satisfaction {
    SATISFIED, NOT_SATISFIED, NO_RESPONSE;

    public String labelKey() {
        return "hotline.satisfaction." + name();
    }
}
