package vn.camau.reform.account;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Accounts created in one go for the officers of a unit, with their one-time passwords (the only
 * copy: the screen offers them as one download, once).
 */
public record BulkAccounts(List<Created> created, int skipped, LocalDateTime expiresAt) {

    public record Created(String officerCode, String fullName, String unitName, String username,
                          String oneTimePassword) {

        @Override
        public String toString() {
            return "Created[" + username + "]";
        }
    }
}
