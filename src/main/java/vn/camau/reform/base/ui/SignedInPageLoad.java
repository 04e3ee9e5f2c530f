package vn.camau.reform.base.ui;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Opening the leaders' overview is two requests, not three: the page itself carries the UI and the view
 * the server built for it (Vaadin's "eager server load"). Otherwise the browser asks for a UI
 * ({@code v-r=init}), then for the view (the router's navigation), each a request through the security
 * chain, the account check and the session's lock; now the router's navigation finds the UI already at its
 * location and is answered with next to nothing. Fifty leaders opening the overview at once: the server's
 * CPU per page load 30.4 → 19.6 ms, p95 1,296 → 684 ms (README, Benchmark: the screens).
 * <p>
 * Only for a signed-in user (the login page, open to anyone, would make a UI for every fetch by whatever
 * fetches it without running its script, held until its heartbeats are missed), and only on the overview,
 * whose first screen is plain elements and charts: a grid on the first screen of a page loaded so comes
 * up empty (Vaadin 25.2: its first rows go out with the page, before the grid's connector is there to
 * take them, and the rows it then asks for are taken as sent), which the alerts, lists and registers
 * would meet. Every other page loads as before.
 */
@Component
class SignedInPageLoad implements VaadinServiceInitListener {

    /** The pages whose first screen is checked to load so (the browser tests open them directly). */
    static final Set<String> PAGES = Set.of("/" + Destinations.OVERVIEW);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(SignedInPageLoad::carriesTheView);
    }

    static boolean carriesTheView(VaadinRequest request) {
        return request.getUserPrincipal() != null && PAGES.contains(String.valueOf(request.getPathInfo()));
    }
}
