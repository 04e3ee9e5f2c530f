package vn.camau.reform.security.sso;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.camau.reform.security.AppUserPrincipal;

/**
 * The provider's identity together with the account it was matched to, for the short moment between
 * the provider's answer and {@link SsoSignedIn}, which signs the account itself in. Authorities are the
 * account's roles: nothing the provider says about roles is used.
 */
final class SsoUser extends DefaultOidcUser {

    private final AppUserPrincipal account;

    SsoUser(OidcUser identity, AppUserPrincipal account) {
        super(account.getAuthorities(), identity.getIdToken(), identity.getUserInfo());
        this.account = account;
    }

    AppUserPrincipal account() {
        return account;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SsoUser that && super.equals(that) && account.getUsername().equals(that.account.getUsername());
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + account.getUsername().hashCode();
    }
}
