package vn.camau.reform.shell.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The menu's entries as Vaadin lists them for a set of roles, kept: Vaadin checks the access to every
 * route of the application for each list (about a fifteenth of the server's work to build the overview
 * on a page load, under the 50-leader load), and the answer depends only on who asks, which is their
 * authorities (the views are guarded by {@code @RolesAllowed}, {@code @PermitAll} and
 * {@code @AnonymousAllowed}; no access checker here looks at anything else). The routes are
 * registered once, at start: the entries are kept with the application's Vaadin context (one per servlet
 * context, so two applications in one JVM, as the tests start, keep theirs apart). A user whose roles an
 * administrator changed gets the list of the new roles on their next page (AccountStateFilter replaces the
 * principal).
 */
final class MenuEntriesByRoles {

    private record Key(boolean authenticated, Set<String> authorities) {
    }

    /** Bounded by the roles' combinations in use (a few dozen at most). */
    private final Map<Key, List<MenuEntry>> kept = new ConcurrentHashMap<>();

    /** {@link MenuConfiguration#getMenuEntries()} for the signed-in user (or none). */
    static List<MenuEntry> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = new TreeSet<>();
        boolean authenticated = auth != null && auth.isAuthenticated();
        if (auth != null) {
            auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(authorities::add);
            // an anonymous token carries ROLE_ANONYMOUS, so it never shares a key with a signed-in user
        }
        MenuEntriesByRoles entries = VaadinService.getCurrent().getContext()
                .getAttribute(MenuEntriesByRoles.class, MenuEntriesByRoles::new);
        return entries.kept.computeIfAbsent(new Key(authenticated, Set.copyOf(authorities)),
                k -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
