package vn.camau.reform.account;

/** What an administrator sees of an account at a glance, and filters by. */
public enum AccountStatus {
    /** Enabled, not locked, has signed in at least once. */
    ACTIVE,
    /** Locked for a while after failed sign-ins; an administrator may unlock it. */
    LOCKED,
    /** Switched off by an administrator: cannot sign in, its sessions and API tokens have ended. */
    DISABLED,
    /** Enabled, but nobody has signed in with it yet. */
    NEVER_SIGNED_IN,
    /**
     * Enabled, but its one-time password has run out before it was changed: nobody can sign in with
     * it until an administrator issues a new one. Counted apart from {@link #NEVER_SIGNED_IN} (which
     * it would otherwise often be) because the administrator's step is a different one.
     */
    ONE_TIME_EXPIRED;

    public String labelKey() {
        return "account.status." + name();
    }
}
