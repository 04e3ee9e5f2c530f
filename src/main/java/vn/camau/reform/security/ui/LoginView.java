package vn.camau.reform.security.ui;

import com.vaadin.flow.component.html.Main;
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

/**
 * Spring Security's form login through Vaadin's login form. A failed login says only that the name
 * or password is wrong, never whether the account exists or is locked.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        VerticalLayout column = new VerticalLayout(new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("login.subtitle")), login);
        column.setAlignItems(FlexComponent.Alignment.CENTER);
        column.setSizeFull();
        add(column);
        setSizeFull();
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
        if (error == null) {
            login.setError(false);
            return;
        }
        // "wait": throttled after too many failures; "expired": the page outlived its session
        String kind = error.isEmpty() ? "" : error.getFirst();
        LoginI18n i18n = i18n();
        if ("wait".equals(kind) || "expired".equals(kind)) {
            i18n.getErrorMessage().setTitle(getTranslation("login.error." + kind + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error." + kind + ".message"));
        }
        login.setI18n(i18n);
        login.setError(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }

}
