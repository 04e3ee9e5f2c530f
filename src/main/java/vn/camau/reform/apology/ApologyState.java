package vn.camau.reform.apology;

import vn.camau.reform.dossier.ApologyStage;

/**
 * Where an apology stands: drafted, signed by the head of the agency at fault, sent, published. The late
 * dossiers' lists read it as their {@link ApologyStage}.
 */
public enum ApologyState implements ApologyStage {
    DRAFT,
    /** Sent back to the drafter with a comment; editable again. */
    RETURNED,
    /** Approved and signed: it has a number and a date, and its new appointment date is fixed. */
    APPROVED,
    SENT,
    PUBLISHED;

    @Override
    public String labelKey() {
        return "apology.state." + name();
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean isSigned() {
        return !isEditable();
    }
}
