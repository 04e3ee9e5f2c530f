package vn.camau.reform.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins from this client or for this name: refused without checking the password. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins, retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
