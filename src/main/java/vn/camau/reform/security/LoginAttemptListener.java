package vn.camau.reform.security;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.camau.reform.security.repository.UserRepository;

/** Counts failed logins per account and locks it for a while after too many (see {@link LoginPolicy}). */
@Component
class LoginAttemptListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptListener.class);

    private final UserRepository users;
    private final LoginPolicy policy;

    LoginAttemptListener(UserRepository users, LoginPolicy policy) {
        this.users = users;
        this.policy = policy;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        // The name is what was typed: keep line breaks out of the log
        String username = event.getAuthentication().getName().replaceAll("[\\r\\n]", "_");
        users.recordFailedLogin(username, policy.maxFailedAttempts(),
                LocalDateTime.now().plus(policy.lockDuration()));
        log.info("Failed login for '{}'", username);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
