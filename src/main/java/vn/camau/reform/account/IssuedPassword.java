package vn.camau.reform.account;

import java.time.LocalDateTime;

/**
 * A one-time password, returned once to the administrator who created or reset the account; only
 * its hash is kept. It must be changed at the first sign-in and stops working at {@code expiresAt}.
 *
 * @param emailedTo the address it was sent to (SMTP configured, the account has an e-mail): the
 *                  screen then says so instead of showing it; null when it is to be handed over
 */
public record IssuedPassword(AccountSummary account, String oneTimePassword, LocalDateTime expiresAt,
                             String emailedTo) {

    public IssuedPassword(AccountSummary account, String oneTimePassword, LocalDateTime expiresAt) {
        this(account, oneTimePassword, expiresAt, null);
    }

    public boolean emailed() {
        return emailedTo != null;
    }

    @Override
    public String toString() {
        return "IssuedPassword[" + account.username() + ", expires " + expiresAt
                + (emailed() ? ", e-mailed" : "") + "]";
    }
}
