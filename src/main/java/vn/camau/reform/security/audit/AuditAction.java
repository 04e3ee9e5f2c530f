package vn.camau.reform.security.audit;

/** What an audit entry records. Stored by name: never rename a constant, only add. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    LOCKED_OUT,
    SIGN_OUT,
    ACCOUNT_CREATED,
    ACCOUNT_UPDATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_UNLOCKED,
    ACCOUNT_ROLES_CHANGED,
    ACCOUNT_UNIT_CHANGED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    API_TOKEN_ISSUED,
    API_TOKEN_REVOKED,
    REPORTER_REVEALED,
    EXPORTED,
    SETTING_CHANGED,
    HOLIDAY_CHANGED,
    /** A user ended all their other sessions from their own account page. */
    SESSION_ENDED,
    /** A figure of the service index entered by hand, changed or removed (index766). */
    INDEX_FIGURE_ENTERED;

    /** Translation key of the action's name. */
    public String labelKey() {
        return "audit.action." + name();
    }
}
