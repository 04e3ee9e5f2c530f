package vn.camau.reform.security;

import java.io.IOException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import vn.camau.reform.security.repository.UserRepository;

/**
 * Every request of a signed-in session reads its account's row (one primary-key read) so that an
 * administrator's change applies on the next request, not at the next sign-in:
 * <ul>
 * <li>a disabled or removed account, or one whose sessions were revoked after this one began (a password
 *     reset), ends the session here: the request goes on anonymous (a page goes to the login, Vaadin's own
 *     request finds its session gone and reloads to the login);</li>
 * <li>a new version (roles, unit, name, a changed password) replaces the session's principal with the
 *     account as it is now, keeping when the sign-in began;</li>
 * <li>a session that goes on is noted in the register of open sessions ({@link OpenSessions}), which
 *     the user's own account page lists.</li>
 * </ul>
 * Not a Spring bean on purpose (Boot would register it for every request, the API's included; the API
 * is stateless and reads the account afresh anyway).
 */
final class AccountStateFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountStateFilter.class);

    private final UserRepository users;
    private final OpenSessions openSessions;
    private final SecurityContextHolderStrategy contexts;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountStateFilter(UserRepository users, OpenSessions openSessions, SecurityContextHolderStrategy contexts) {
        this.users = users;
        this.openSessions = openSessions;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal
                && principal.state() != AccountState.UNKNOWN) {
            if (check(principal, auth, request, response)) {
                openSessions.seen(request, principal);
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether the session goes on. */
    private boolean check(AppUserPrincipal principal, Authentication auth, HttpServletRequest request,
                       HttpServletResponse response) {
        long id = principal.user().id();
        Optional<UserRepository.SessionCheck> now = users.findSessionCheck(id);
        boolean revoked = now.map(c -> c.sessionsRevokedAt() != null
                && c.sessionsRevokedAt().isAfter(principal.signedInAt())).orElse(true);
        if (now.isEmpty() || !now.get().enabled() || revoked) {
            log.info("Ended the session of '{}': account {}", principal.getUsername(),
                    now.isEmpty() ? "removed" : !now.get().enabled() ? "disabled" : "signed out by an administrator");
            contexts.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return false;
        }
        if (now.get().version() != principal.state().version()) {
            users.findPrincipal(id).ifPresent(fresh -> {
                AppUserPrincipal refreshed = principal.refreshedFrom(fresh);
                UsernamePasswordAuthenticationToken replaced =
                        UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities());
                replaced.setDetails(auth.getDetails());
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(replaced);
                contexts.setContext(context);
                sessions.saveContext(context, request, response);
            });
        }
        return true;
    }
}
