package vn.camau.reform.apology;

/** Where an apology stands: drafted, signed by the head of the agency at fault, sent, published. */
public enum ApologyState {
    DRAFT,
    /** Sent back to the drafter with a comment; editable again. */
    RETURNED,
    /** Approved and signed: it has a number and a date, and its new appointment date is fixed. */
    APPROVED,
    SENT,
    PUBLISHED;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean isSigned() {
        return !isEditable();
    }
}
