package vn.camau.reform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.camau.reform.security.repository.ApiTokenRepository;

/**
 * Turns a presented bearer token into the authentication of the user it belongs to. Every request
 * reads the token row, so a revocation takes effect on the next request; the user and their roles are
 * read afresh with it (one query), so a role change or a disabled account applies at once. Nothing of it is
 * kept between requests.
 */
@Component
class ApiTokenAuthenticator {

    /** {@code last_used_at} is for "is this token still in use?": minute precision is plenty. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final int MAX_TOKEN_LENGTH = 200;

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Empty for an unknown or revoked token, or one whose user is disabled or gone. */
    Optional<ApiTokenAuthentication> authenticate(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        Optional<ApiTokenRepository.Presented> presentedToken = tokens.findWithUser(ApiTokens.hash(presented.strip()))
                .filter(p -> p.token().revokedAt() == null && p.user().isEnabled());
        if (presentedToken.isEmpty()) {
            return Optional.empty();
        }
        ApiTokenRepository.Match match = presentedToken.get().token();
        AppUserPrincipal principal = presentedToken.get().user();
        touch(match);
        principal.eraseCredentials();
        return Optional.of(new ApiTokenAuthentication(principal, match.id(), match.purpose()));
    }

    /** At most one write a minute per token, however busy the caller is. */
    private void touch(ApiTokenRepository.Match match) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        if (match.lastUsedAt() == null || match.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            tokens.touch(match.id(), now);
        }
    }
}
