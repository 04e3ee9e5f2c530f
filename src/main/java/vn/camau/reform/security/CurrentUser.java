package vn.camau.reform.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, for services that must scope their queries to the caller's unit. */
@Component
public class CurrentUser {

    public Optional<AppUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public AppUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** Signed in with a one-time password not yet replaced: every screen but the own-account page is closed. */
    public boolean mustChangePassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal
                && principal.mustChangePassword();
    }

    /** Whether the signed-in user may take the step; nobody signed in may not. For views' buttons. */
    public boolean may(Permission permission) {
        return get().map(u -> u.may(permission)).orElse(false);
    }

    /** The signed-in user's scope, or the unit's inside a {@link UnitReading} (a job's read). */
    public UnitScope scope() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof UnitReading.ReadingAuthentication r) {
            return r.scope();
        }
        return require().scope();
    }
}
