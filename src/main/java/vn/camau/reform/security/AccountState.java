package vn.camau.reform.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * The parts of an account that decide whether a session may go on, as one row read per request.
 *
 * @param version             moves on with every administrative change (roles, unit, disable…)
 * @param mustChangePassword  the password is a one-time password, to be replaced at the first sign-in
 * @param passwordExpiresAt   when that one-time password stops working; null for a chosen password
 * @param sessionsRevokedAt   sessions that began before it end on their next request
 */
public record AccountState(int version, boolean mustChangePassword, Instant passwordExpiresAt,
                           Instant sessionsRevokedAt) implements Serializable {

    /** For principals built outside the database (tests, benchmarks): never compared as stale. */
    public static final AccountState UNKNOWN = new AccountState(-1, false, null, null);

    public boolean oneTimePasswordExpired(Instant now) {
        return mustChangePassword && passwordExpiresAt != null && !passwordExpiresAt.isAfter(now);
    }
}
