package vn.camau.reform.dossier.ui;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.camau.reform.base.ui.NavigationBadge;
import vn.camau.reform.dossier.DossierService;
import vn.camau.reform.dossier.OpenTiming;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;

/** The number of overdue dossiers in the user's scope, beside the late-case alerts entry. */
@Component
class AlertNavigationBadge implements NavigationBadge {

    private final DossierService dossiers;
    private final CurrentUser currentUser;

    AlertNavigationBadge(DossierService dossiers, CurrentUser currentUser) {
        this.dossiers = dossiers;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return DossierNavigation.ALERTS;
    }

    @Override
    public Optional<Badge> badge() {
        if (!currentUser.may(Permission.WATCH_LATE_ALERTS)) {
            return Optional.empty();
        }
        Map<OpenTiming, Integer> counts = dossiers.alertCounts();
        int overdue = counts.getOrDefault(OpenTiming.OVERDUE, 0);
        int dueSoon = counts.getOrDefault(OpenTiming.DUE_SOON, 0);
        if (overdue + dueSoon == 0) {
            return Optional.empty();
        }
        // The tooltip is Vietnamese first; the layout has no locale here, and leaders read Vietnamese
        return Optional.of(new Badge(String.valueOf(overdue > 0 ? overdue : dueSoon),
                overdue + " quá hạn, " + dueSoon + " sắp đến hạn / " + overdue + " overdue, " + dueSoon + " due soon",
                overdue > 0));
    }
}
