package vn.camau.reform.dossier;

import java.util.Arrays;

/**
 * The national portal's sync states (DOMAIN §4). A dossier counts as received from state 2 on,
 * unless it was refused at reception; it is finished once resolved, withdrawn or stopped.
 */
public enum DossierState {
    SUBMITTED_ONLINE(1),
    RECEIVED(2),
    REFUSED_AT_RECEPTION(3),
    PROCESSING(4),
    SUPPLEMENT_REQUESTED(5),
    AWAITING_FINANCIAL_OBLIGATION(6),
    WITHDRAWN(7),
    STOPPED(8),
    RESOLVED(9),
    RETURNED(10);

    /** Translation key of the state's name. */
    public String labelKey() {
        return "state." + name();
    }

    private final int code;

    DossierState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static DossierState of(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown dossier state " + code));
    }

    /** Accepted by a one-stop desk: counts in "received" and has a due date that matters. */
    public boolean isReceived() {
        return this != SUBMITTED_ONLINE && this != REFUSED_AT_RECEPTION;
    }

    /** Still being worked on, so it can be on track, due soon or overdue. */
    public boolean isOpen() {
        return this == RECEIVED || this == PROCESSING || this == SUPPLEMENT_REQUESTED
                || this == AWAITING_FINANCIAL_OBLIGATION;
    }

    public boolean isResolved() {
        return this == RESOLVED || this == RETURNED;
    }

    /** Left the process for good, with or without a result. */
    public boolean isFinished() {
        return isResolved() || this == WITHDRAWN || this == STOPPED;
    }
}
