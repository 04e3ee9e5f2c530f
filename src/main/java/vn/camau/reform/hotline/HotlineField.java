package vn.camau.reform.hotline;

/**
 * What a history entry's fact is about. The history keeps facts, not sentences, so that the screen
 * words them in the reader's language and a rewording never breaks old entries.
 */
public enum HotlineField {
    /** A category (enum name). */
    CATEGORY,
    /** The answer deadline (ISO date). */
    DUE_DATE,
    /** The deadline to forward the report for handling (ISO date). */
    ASSIGN_DUE_DATE,
    /** The unit reported on, by its name at the time: units are renamed and merged later. */
    UNIT,
    /** The officer reported on, by name at the time; none is no value. */
    OFFICER,
    /** The dossier's code; none is no value. */
    DOSSIER,
    /** The unit the report was forwarded to, by its name at the time. */
    HANDLING_UNIT,
    /** The inspector the report was forwarded to, by name at the time. */
    INSPECTOR,
    /** When the citizen was answered (ISO date-time). */
    ANSWERED_AT,
    /** The citizen's satisfaction (enum name). */
    SATISFACTION,
    /** The leader's finding (enum name). */
    CONCLUSION,
    /** The action on the officer (enum name). */
    OFFICER_ACTION
}
