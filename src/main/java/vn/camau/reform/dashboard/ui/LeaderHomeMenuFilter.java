package vn.camau.reform.dashboard.ui;

import org.springframework.stereotype.Component;

import vn.camau.reform.base.ui.MenuEntryFilter;
import vn.camau.reform.security.CurrentUser;

/** A leader's home forwards to the overview, so the menu shows the overview once, not twice. */
@Component
class LeaderHomeMenuFilter implements MenuEntryFilter {

    private final CurrentUser currentUser;

    LeaderHomeMenuFilter(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public boolean hides(String path) {
        return path.isEmpty() && currentUser.get().map(HomeView::opensOverview).orElse(false);
    }
}
