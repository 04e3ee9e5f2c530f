package vn.camau.reform.security;

import java.time.LocalDateTime;

/**
 * An issued token as administrators see it. The token itself is never stored or shown again: only
 * its SHA-256 hash is kept.
 *
 * @param lastUsedAt approximate (updated at most once a minute), null when never used
 * @param revokedAt  null while the token works
 */
public record ApiToken(long id, String name, String username, String userFullName, ApiTokenPurpose purpose,
                       String createdBy, LocalDateTime createdAt, LocalDateTime lastUsedAt,
                       LocalDateTime revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
