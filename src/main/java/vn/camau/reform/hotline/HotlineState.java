package vn.camau.reform.hotline;

/**
 * Where a report stands (DOMAIN §7): received and classified → assigned to a unit or inspector →
 * being verified → answered to the citizen → concluded by a leader → closed. A reopened report goes
 * back to VERIFYING with a new deadline.
 */
public enum HotlineState {
    RECEIVED, ASSIGNED, VERIFYING, ANSWERED, CONCLUDED, CLOSED;

    /** Still owes the citizen an answer. */
    public boolean awaitsAnswer() {
        return this == RECEIVED || this == ASSIGNED || this == VERIFYING;
    }

    public String labelKey() {
        return "hotline.state." + name();
    }
}
