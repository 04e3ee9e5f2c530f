package vn.camau.reform;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo user in for a test, with their real unit and roles from the database. */
public final class TestLogins {

    private TestLogins() {
    }

    public static void loginAs(UserDetailsService users, String username) {
        UserDetails principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }

    /** Takes a step through the services as someone, outside the screens, and signs out after. */
    public static void as(UserDetailsService users, String username, Runnable step) {
        loginAs(users, username);
        try {
            step.run();
        } finally {
            logout();
        }
    }
}
