package vn.camau.reform.apology;

/** A step of the workflow, recorded with who and when. */
public enum ApologyAction {
    CREATED,
    EDITED,
    RETURNED,
    APPROVED,
    SENT,
    PUBLISHED;

    /** Translation key of the action's name. */
    public String labelKey() {
        return "apology.action." + name();
    }
}
