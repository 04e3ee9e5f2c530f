package vn.camau.reform.hotline;

/** The kinds of entries in a report's history. */
public enum HotlineAction {
    RECEIVED, EDITED, ASSIGNED, NOTE, ANSWERED, SATISFACTION, CONCLUDED, CLOSED, REOPENED, ATTACHED, REVEALED;

    public String labelKey() {
        return "hotline.action." + name();
    }
}
