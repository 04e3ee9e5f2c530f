package vn.camau.reform.shell.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.ui.NavigationBadge;

/**
 * The menu's badges, read in one read-only transaction. Each feature's badge is a read of its own (the
 * alerts' counts, the unread notifications); asked one by one, each was a transaction with its own
 * connection, commit and freshness check, on every page load of every user.
 */
@Component
@Transactional(readOnly = true)
class MenuBadges {

    private final List<NavigationBadge> badges;

    MenuBadges(List<NavigationBadge> badges) {
        this.badges = badges;
    }

    /** The badge of each of {@code paths} that has one to show for the signed-in user, by path. */
    public Map<String, NavigationBadge.Badge> of(Collection<String> paths) {
        Map<String, NavigationBadge.Badge> shown = new HashMap<>();
        for (NavigationBadge badge : badges) {
            if (paths.contains(badge.path()) && !shown.containsKey(badge.path())) {
                badge.badge().ifPresent(b -> shown.put(badge.path(), b));
            }
        }
        return shown;
    }
}
