package vn.camau.reform.dashboard.ui;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import vn.camau.reform.base.ui.Destinations;
import vn.camau.reform.security.AppUserPrincipal;

/**
 * Opening the leaders' overview is two requests, not three: the page itself carries the UI and the view
 * the server built for it (Vaadin's "eager server load"). Otherwise the browser asks for a UI
 * ({@code v-r=init}), then for the view (the router's navigation), each a request through the security
 * chain, the account check and the session's lock; now the router's navigation finds the UI already at its
 * location and is answered with next to nothing. Fifty leaders opening the overview at once, back to back
 * with the code before: the server's CPU per page load 22.0–22.7 → 19.1 ms, p95 802–902 → 560–625 ms
 * (README, Benchmark: the screens).
 * <p>
 * For the overview, and for the home page of those whose home is the overview (it forwards them there),
 * when signed in. Not for anonymous requests: the login page, open to anyone, would make a UI for every
 * fetch by whatever fetches it without running its script, held until its heartbeats are missed. Not for
 * pages with a grid on their first screen (the alerts, the lists, the registers, the desk officers' home):
 * loaded so in Vaadin 25.2, such a grid comes up empty (seen in chromium on the alerts: the grid asks for its
 * first rows and the server's answer carries none; vaadin/flow#6946 and #16496 list other components that
 * misbehave so). The overview's first screen has none: its units grid is built when scrolled near. Every
 * other page loads as before.
 * <p>
 * A UI made so never had the browser's details ({@code v-r=init} carries the window's size): the page asks
 * for them at once, so that a grid opened later in the same UI (the alerts, the hotline queue), which
 * chooses its desk columns or phone cards by the window's width ({@code Viewport}), need not wait a round
 * trip for them after its rows have arrived.
 */
@Component
class OverviewWithItsPage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(OverviewWithItsPage::carriesTheView);
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null && request.getParameter("v-r") == null && carriesTheView(request)) {
                init.getUI().getPage().retrieveExtendedClientDetails(details -> {
                });
            }
        });
    }

    static boolean carriesTheView(VaadinRequest request) {
        if (!(request.getUserPrincipal() instanceof Authentication signedIn)
                || !(signedIn.getPrincipal() instanceof AppUserPrincipal principal)) {
            return false;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        return path.equals("/" + Destinations.OVERVIEW)
                || path.equals("/") && HomeView.opensOverview(principal.user());
    }
}
