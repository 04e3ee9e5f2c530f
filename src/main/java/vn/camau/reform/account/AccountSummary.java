package vn.camau.reform.account;

import java.time.LocalDateTime;
import java.util.Set;

import vn.camau.reform.security.Role;

/**
 * One account as the administration screen shows it. {@code version} is what an edit must name:
 * a save against an older version is refused (someone changed the account meanwhile).
 */
public record AccountSummary(long id, String username, String fullName, String email, long unitId, String unitName,
                             Set<Role> roles, AccountStatus status, LocalDateTime lastLoginAt,
                             boolean mustChangePassword, Long officerId, String officerLabel, int version,
                             String updatedBy, LocalDateTime updatedAt) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}
