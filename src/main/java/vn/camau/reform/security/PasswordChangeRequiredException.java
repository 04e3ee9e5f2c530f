package vn.camau.reform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * The right one-time password over HTTP Basic: the API has no page to choose a new one, so the
 * request is refused until the user has chosen their password on {@code /account}. Told only to
 * whoever knows that password, like the expiry of a one-time password.
 */
public class PasswordChangeRequiredException extends AuthenticationException {

    PasswordChangeRequiredException() {
        super("The one-time password must be replaced on the account page before the API accepts it");
    }
}
