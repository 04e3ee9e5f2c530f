package vn.camau.reform.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;

import vn.camau.reform.security.repository.UserRepository;

/**
 * Re-reads the signed-in user's own account into their session after they changed it themselves
 * (their password), so the same request already sees it: {@link AccountStateFilter} would only do
 * so on the next one, and would end the session that the change revoked for all others.
 */
@Component
public class SignedInAccounts {

    private final UserRepository users;

    SignedInAccounts(UserRepository users) {
        this.users = users;
    }

    /** Replaces the current principal with the account as stored now, as a sign-in beginning now. */
    public void refreshAsNewSignIn() {
        var context = SecurityContextHolder.getContext();
        Authentication auth = context.getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AppUserPrincipal principal)) {
            return;
        }
        users.findPrincipal(principal.user().id()).ifPresent(fresh -> {
            AppUserPrincipal now = principal.singleSignOn() ? fresh.signedInThroughSso()
                    : new AppUserPrincipal(fresh.user(), null, fresh.isEnabled(), null, fresh.state(), Instant.now());
            UsernamePasswordAuthenticationToken replaced =
                    UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
            replaced.setDetails(auth.getDetails());
            // the context object is the one kept in the HTTP session, so the session holds the new one
            context.setAuthentication(replaced);
        });
    }
}
