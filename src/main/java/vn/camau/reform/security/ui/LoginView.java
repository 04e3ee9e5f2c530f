package vn.camau.reform.security.ui;

import java.util.OptionalInt;

import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

import vn.camau.reform.base.health.StartupProgress;
import vn.camau.reform.security.sso.SsoSettings;

/**
 * Spring Security's form login through Vaadin's login form. A failed login says only that the name
 * or password is wrong, never whether the account exists or is locked. While the demo data is still
 * loading at start, the page says so with the percentage (and refreshes it), so that a demo user is
 * not left with a bare "wrong password".
 *
 * <p>With single sign-on configured, a button above the form starts it ("Đăng nhập bằng tài khoản
 * một cửa"); with local login switched off, the button is all there is.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** How often the page looks at the demo load's progress while it runs. */
    private static final int POLL_MILLIS = 2000;

    private final LoginForm login = new LoginForm();
    private final StartupProgress startup;
    private final Div loading = new Div();
    private final ProgressBar loadingBar = new ProgressBar(0, 100);
    private final Paragraph loadingText = new Paragraph();
    private final SsoSettings sso;
    /** Says why a name and password were refused when only single sign-on is allowed. */
    private final Paragraph ssoOnlyError = new Paragraph();
    private Registration polling;

    /** A login page without single sign-on. */
    public LoginView(StartupProgress startup) {
        this(startup, SsoSettings.off());
    }

    @Autowired
    public LoginView(StartupProgress startup, SsoSettings sso) {
        this.startup = startup;
        this.sso = sso;
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        loading.addClassName("startup-loading");
        loading.setWidth("min(100%, 22rem)");
        loading.add(loadingText, loadingBar);
        VerticalLayout column = new VerticalLayout(new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("login.subtitle")), loading);
        if (sso.enabled()) {
            column.add(ssoButton());
            Paragraph note = new Paragraph(getTranslation(sso.localLogin() ? "login.sso.or" : "login.sso.only"));
            note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("text-align", "center")
                    .set("max-width", "22rem").set("margin", "0");
            ssoOnlyError.setId("sso-only-error");
            ssoOnlyError.getStyle().set("color", "var(--lumo-error-text-color)").set("text-align", "center")
                    .set("max-width", "22rem");
            ssoOnlyError.setVisible(false);
            column.add(note, ssoOnlyError);
        }
        login.setVisible(sso.passwordLoginAllowed());
        column.add(login);
        column.setAlignItems(FlexComponent.Alignment.CENTER);
        column.setSizeFull();
        add(column);
        setSizeFull();
        showProgress();
    }

    /** A full page navigation to Spring Security's start of the sign-in at the provider. */
    private Button ssoButton() {
        String label = sso.providerName().isEmpty() ? getTranslation("login.sso")
                : getTranslation("login.sso.named", sso.providerName());
        Button button = new Button(label, click -> click.getSource().getUI().ifPresent(ui ->
                ui.getPage().setLocation(SsoSettings.START_PATH.substring(1))));
        button.setId("sso-login");
        button.addThemeVariants(sso.localLogin() ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
        button.setWidth("min(100%, 20rem)");
        return button;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var error = event.getLocation().getQueryParameters().getParameters().get("error");
        boolean failed = error != null;
        // "wait": throttled after too many failures; "expired": the page outlived its session;
        // "otp-expired": the right one-time password after its expiry
        String kind = failed && !error.isEmpty() ? error.getFirst() : "";
        OptionalInt percent = startup.demoLoadPercent();
        LoginI18n i18n = i18n();
        if (failed && percent.isPresent()) {
            // the demo accounts are there once the load starts, but a figure seen now would be wrong
            i18n.getErrorMessage().setMessage(getTranslation("login.demoLoading.error", percent.getAsInt()));
        } else if ("wait".equals(kind) || "expired".equals(kind) || "otp-expired".equals(kind)) {
            i18n.getErrorMessage().setTitle(getTranslation("login.error." + kind + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error." + kind + ".message"));
        }
        login.setI18n(i18n);
        login.setError(failed);
        if ("sso-only".equals(kind)) {
            ssoOnlyError.setText(getTranslation("login.error.sso-only.message"));
        }
        ssoOnlyError.setVisible("sso-only".equals(kind));
        showProgress();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (startup.demoLoadPercent().isPresent()) {
            event.getUI().setPollInterval(POLL_MILLIS);
            polling = event.getUI().addPollListener(poll -> {
                if (!showProgress()) {
                    poll.getSource().setPollInterval(-1);
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
            event.getUI().setPollInterval(-1);
        }
    }

    /** Shows the demo load's progress while it runs; false once the application is ready. */
    private boolean showProgress() {
        OptionalInt percent = startup.demoLoadPercent();
        loading.setVisible(percent.isPresent());
        percent.ifPresent(p -> {
            loadingText.setText(getTranslation("login.demoLoading", p));
            loadingBar.setValue(p);
        });
        return percent.isPresent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }

}
