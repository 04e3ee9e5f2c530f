package vn.camau.reform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Method security by permission name: {@code @PreAuthorize("@perm.may(authentication, 'SIGN_APOLOGY')")}.
 * Reads the authentication's role authorities, as {@code @RolesAllowed} did, so a password login, an
 * API token and single sign-on are judged alike. Passing {@code authentication} (not reading the
 * context here) keeps the unauthenticated call failing as before, before any permission is read.
 */
@Component("perm")
public class PermissionCheck {

    public boolean may(Authentication authentication, String permission) {
        Permission p = Permission.valueOf(permission);
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> p.roles().stream().anyMatch(r -> r.authority().equals(a)));
    }
}
