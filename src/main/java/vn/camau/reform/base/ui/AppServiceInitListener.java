package vn.camau.reform.base.ui;

import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;

/**
 * Per-session set-up: Vietnamese unless the user chose English, and an error handler that shows a
 * short message with an incident number and logs the details (never a stack trace to the user).
 */
@Component
public class AppServiceInitListener implements VaadinServiceInitListener {

    public static final String LOCALE_ATTRIBUTE = "app.locale";
    private static final Logger log = LoggerFactory.getLogger(AppServiceInitListener.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(AppServiceInitListener::onError));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(sessionLocale(e.getUI().getSession())));
    }

    static Locale sessionLocale(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(LOCALE_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : VnFormats.VIETNAMESE;
    }

    static void onError(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        if (error instanceof BusinessRuleException rule) {
            if (ui != null) {
                Notifications.warning(ui.getTranslation(rule.messageKey(), rule.args()));
            }
            return;
        }
        if (error instanceof AccessDeniedException) {
            log.warn("Access denied: {}", error.getMessage());
            if (ui != null) {
                Notifications.error(ui.getTranslation("error.notAllowed"));
            }
            return;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, incident {}", incident, error);
        if (ui != null) {
            Notifications.error(ui.getTranslation("error.unexpected", incident));
        }
    }
}
