package vn.camau.reform.hotline;

/** The inspector's work lists. */
public enum HotlineQueue {
    /** Assigned to me and still awaiting an answer. */
    MINE,
    /** Not yet forwarded to a unit or an inspector. */
    UNASSIGNED,
    /** Awaiting an answer, due within the due-soon threshold. */
    DUE_SOON,
    /** Awaiting an answer past its deadline (as the overview's overdue figure counts). */
    OVERDUE,
    /** Everything in scope. */
    ALL;

    public String labelKey() {
        return "hotline.queue." + name();
    }
}
