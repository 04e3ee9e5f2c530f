package vn.camau.reform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.camau.reform.security.repository.ApiTokenRepository;
import vn.camau.reform.security.repository.UserRepository;

/**
 * Turns a presented bearer token into the authentication of the user it belongs to. Every request
 * reads the token row, so a revocation takes effect on the next request; the user is read afresh
 * too, so a role change or a disabled account applies at once.
 */
@Component
class ApiTokenAuthenticator {

    /** {@code last_used_at} is for "is this token still in use?": minute precision is plenty. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final int MAX_TOKEN_LENGTH = 200;

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, UserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** Empty for an unknown or revoked token, or one whose user is disabled or gone. */
    Optional<ApiTokenAuthentication> authenticate(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        Optional<ApiTokenRepository.Match> match = tokens.findByHash(ApiTokens.hash(presented.strip()))
                .filter(m -> m.revokedAt() == null);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        Optional<AppUserPrincipal> principal = users.findPrincipal(match.get().username())
                .filter(AppUserPrincipal::isEnabled);
        if (principal.isEmpty()) {
            return Optional.empty();
        }
        touch(match.get());
        principal.get().eraseCredentials();
        return Optional.of(new ApiTokenAuthentication(principal.get(), match.get().id(), match.get().purpose()));
    }

    /** At most one write a minute per token, however busy the caller is. */
    private void touch(ApiTokenRepository.Match match) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        if (match.lastUsedAt() == null || match.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            tokens.touch(match.id(), now);
        }
    }
}
