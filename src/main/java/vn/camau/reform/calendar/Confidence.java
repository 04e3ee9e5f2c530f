package vn.camau.reform.calendar;

/** How sure the source of a calendar day is; a LOW day wants checking against the official notice. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    /** Translation key of the confidence's name. */
    public String labelKey() {
        return "calendar.confidence." + name();
    }
}
