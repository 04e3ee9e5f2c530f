package vn.camau.reform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API token: the principal is the token's user (so {@link CurrentUser}
 * and the unit scope work unchanged), with the user's roles plus one authority naming the token's
 * purpose.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final AppUserPrincipal principal;
    private final long tokenId;
    private final ApiTokenPurpose purpose;

    ApiTokenAuthentication(AppUserPrincipal principal, long tokenId, ApiTokenPurpose purpose) {
        super(authorities(principal, purpose));
        this.principal = principal;
        this.tokenId = tokenId;
        this.purpose = purpose;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(AppUserPrincipal principal, ApiTokenPurpose purpose) {
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(purpose.authority()));
        return authorities;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public AppUserPrincipal getPrincipal() {
        return principal;
    }

    public long tokenId() {
        return tokenId;
    }

    public ApiTokenPurpose purpose() {
        return purpose;
    }
}
