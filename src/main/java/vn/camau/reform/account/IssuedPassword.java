package vn.camau.reform.account;

import java.time.LocalDateTime;

/**
 * A one-time password, returned once to the administrator who created or reset the account; only
 * its hash is kept. It must be changed at the first sign-in and stops working at {@code expiresAt}.
 */
public record IssuedPassword(AccountSummary account, String oneTimePassword, LocalDateTime expiresAt) {

    @Override
    public String toString() {
        return "IssuedPassword[" + account.username() + ", expires " + expiresAt + "]";
    }
}
