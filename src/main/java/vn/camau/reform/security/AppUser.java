package vn.camau.reform.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user as the application needs them: who, which unit, which roles. Serializable
 * because it lives in the HTTP session inside the Spring Security principal.
 */
public record AppUser(long id, String username, String fullName, long unitId, String unitName,
                      String unitPath, Set<Role> roles, String locale) implements Serializable {

    public AppUser {
        roles = Set.copyOf(roles);
    }

    public UnitScope scope() {
        return new UnitScope(unitId, unitPath);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether one of the user's roles grants the permission (the table is {@link Permission}). */
    public boolean may(Permission permission) {
        return permission.grantedTo(roles);
    }
}
