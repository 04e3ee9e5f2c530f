package vn.camau.reform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Temporary lock-out after repeated failed logins.
 *
 * @param maxFailedAttempts failures in a row that lock the account
 * @param lockDuration      how long it stays locked
 */
@ConfigurationProperties("app.security.login")
public record LoginPolicy(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration) {
}
