package vn.camau.reform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-ins are limited.
 *
 * @param maxFailedAttempts    failures in a row that lock an account (kept in the database, so every node sees it)
 * @param lockDuration         how long it stays locked
 * @param clientMaxFailures    failures from one client address within {@code throttleWindow} after which that
 *                             client is refused without checking any password (an office behind one address
 *                             shares it, hence more than an account's limit)
 * @param nameMaxFailures      failures for one name, existing or not, within the window; bounds the work a
 *                             guesser of made-up names can cause
 * @param throttleWindow       the window of both counts
 * @param verifiedPasswordTtl  how long a checked name and password are remembered, so an API client using
 *                             HTTP Basic does not cost a bcrypt on every request
 */
@ConfigurationProperties("app.security.login")
public record LoginPolicy(@DefaultValue("5") int maxFailedAttempts,
                          @DefaultValue("15m") Duration lockDuration,
                          @DefaultValue("30") int clientMaxFailures,
                          @DefaultValue("10") int nameMaxFailures,
                          @DefaultValue("10m") Duration throttleWindow,
                          @DefaultValue("5m") Duration verifiedPasswordTtl) {
}
