package vn.camau.reform.account.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import vn.camau.reform.security.CurrentUser;

/**
 * Someone signed in with a one-time password sees only their own account page until they have
 * chosen a password: every other screen sends them there.
 */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final transient CurrentUser currentUser;

    ForcedPasswordChange(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != OwnAccountView.class && currentUser.mustChangePassword()) {
            // forwarded, not rerouted: the address bar says where the user is
            event.forwardTo(OwnAccountView.class);
        }
    }
}
