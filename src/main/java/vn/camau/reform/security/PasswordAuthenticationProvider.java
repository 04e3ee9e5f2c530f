package vn.camau.reform.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.camau.reform.security.repository.UserRepository;

/**
 * Name and password, from the login form and from HTTP Basic on the API, checked in one place:
 * <ol>
 * <li>the client and the name may not be throttled ({@link LoginThrottle}), or nothing is checked;</li>
 * <li>the typed name is made canonical ({@link Usernames}) once, and that name is looked up, counted
 *     and locked, so no spelling of a name escapes its account's lock-out;</li>
 * <li>a disabled or locked account is refused before its password is checked;</li>
 * <li>the password is checked by bcrypt unless the same pair was accepted a moment ago
 *     ({@link VerifiedPasswords}); an unknown name costs a bcrypt too, so timing does not tell
 *     which names exist.</li>
 * <li>whoever gave the right one-time password learns that it has expired, or (over HTTP Basic, which
 *     has no page to choose a new one) that it must first be replaced on the account page.</li>
 * </ol>
 * Every other refusal is the same to the caller, except a throttled one, which says to wait.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordAuthenticationProvider.class);
    private static final String BAD_CREDENTIALS = "Bad credentials";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final LoginPolicy policy;
    private final LoginThrottle throttle;
    private final VerifiedPasswords verified;
    private final SignInAudit audit;
    /** A hash no password matches, checked for unknown names so they take as long as known ones. */
    private final String decoyHash;

    PasswordAuthenticationProvider(UserRepository users, PasswordEncoder encoder, LoginPolicy policy,
                                   LoginThrottle throttle, VerifiedPasswords verified, SignInAudit audit) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
        this.verified = verified;
        this.audit = audit;
        this.decoyHash = encoder.encode("decoy-" + System.nanoTime());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String client = clientOf(authentication);
        String typed = authentication.getName();
        Optional<String> canonical = Usernames.canonical(typed);
        // names that cannot be accounts are throttled under their raw form, so a guesser is still bounded
        String name = canonical.orElse(typed == null ? "" : typed);
        Duration wait = throttle.waitFor(client, name);
        if (!wait.isZero()) {
            log.info("Sign-in throttled for '{}' from {}", printable(name), client);
            throw new LoginThrottledException(wait);
        }
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        SignInAudit.Method method = SignInAudit.currentMethod();
        Optional<AppUserPrincipal> found = canonical.flatMap(users::findPrincipal);
        if (found.isEmpty()) {
            encoder.matches(password, decoyHash);
            audit.refused(null, name, SignInAudit.Refusal.UNKNOWN_USER, method);
            refuse(client, name, null);
        }
        AppUserPrincipal user = found.get();
        if (!user.isEnabled()) {
            throttle.failed(client, name);
            audit.refused(user.user(), name, SignInAudit.Refusal.DISABLED, method);
            throw new DisabledException(BAD_CREDENTIALS);
        }
        if (!user.isAccountNonLocked()) {
            throttle.failed(client, name);
            audit.refused(user.user(), name, SignInAudit.Refusal.LOCKED, method);
            throw new LockedException(BAD_CREDENTIALS);
        }
        String stored = user.getPassword();
        boolean checked = !verified.contains(name, password, stored);
        if (checked) {
            if (!encoder.matches(password, stored)) {
                audit.refused(user.user(), name, SignInAudit.Refusal.BAD_PASSWORD, method);
                refuse(client, name, user.user());
            }
            if (user.state().oneTimePasswordExpired(Instant.now())) {
                // the right one-time password, too late: saying so tells nothing to someone who lacks it
                throttle.succeeded(name);
                throw new CredentialsExpiredException(BAD_CREDENTIALS);
            }
            if (method == SignInAudit.Method.HTTP_BASIC && user.mustChangePassword()) {
                // not a sign-in (nothing remembered, no last sign-in): the password is still to be chosen
                throttle.succeeded(name);
                throw new PasswordChangeRequiredException();
            }
            verified.remember(name, password, stored);
            users.recordSuccessfulLogin(name);
        } else if (method == SignInAudit.Method.FORM) {
            // a password remembered a moment ago (VerifiedPasswords) is still a sign-in: the failures
            // before it must stop counting towards the lock-out, as after a checked one
            users.recordSuccessfulLogin(name);
        }
        // a form sign-in is always one; HTTP Basic repeats the password on every API request, so only a
        // password actually checked counts, not one remembered a moment ago (VerifiedPasswords)
        if (checked || method == SignInAudit.Method.FORM) {
            audit.signedIn(user.user(), method);
        }
        throttle.succeeded(name);
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    /** Counts the failure (against the account when there is one) and refuses; the lock it may cause is audited. */
    private void refuse(String client, String name, AppUser account) {
        throttle.failed(client, name);
        if (account != null) {
            users.recordFailedLogin(name, policy.maxFailedAttempts(), LocalDateTime.now().plus(policy.lockDuration()));
            users.findPrincipal(name).filter(p -> !p.isAccountNonLocked())
                    .ifPresent(p -> audit.lockedOut(account, p.lockedUntil()));
        }
        log.info("Failed sign-in for '{}' from {}", printable(name), client);
        throw new BadCredentialsException(BAD_CREDENTIALS);
    }

    private static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    /** What was typed, safe for one log line: no line breaks or other controls, not too long. */
    private static String printable(String name) {
        String shown = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "?");
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }
}
