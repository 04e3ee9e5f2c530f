package vn.camau.reform.security;

import java.time.Instant;

/**
 * One of a user's signed-in sessions, as their own account page lists it.
 *
 * @param method  FORM (name and password) or OIDC (single sign-on)
 * @param current the session asking
 */
public record OpenSession(long id, Instant signedInAt, Instant lastSeenAt, String clientIp, String userAgent,
                          String method, boolean current) {
}
