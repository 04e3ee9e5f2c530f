package vn.camau.reform.security.sso;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import vn.camau.reform.security.AppUserPrincipal;

/**
 * An account signed in through single sign-on. Its principal is the same {@link AppUserPrincipal} a
 * password sign-in gives, so {@code CurrentUser}, the unit scope, method security and the sign-out
 * audit treat both alike; the type says only how the user came in.
 */
public final class SsoAuthentication extends AbstractAuthenticationToken {

    private final AppUserPrincipal principal;

    SsoAuthentication(AppUserPrincipal principal, Object details) {
        super(principal.getAuthorities());
        this.principal = principal;
        setDetails(details);
        setAuthenticated(true);
    }

    @Override
    public AppUserPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SsoAuthentication that && super.equals(that);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
