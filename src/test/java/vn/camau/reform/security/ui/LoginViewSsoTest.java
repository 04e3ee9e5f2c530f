package vn.camau.reform.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;

import vn.camau.reform.base.health.StartupProgress;
import vn.camau.reform.security.sso.SsoSettings;
import vn.camau.reform.ui.KaribuTest;

/**
 * The login page with single sign-on: a button beside the form when SSO is configured, the button
 * alone when local login is switched off, and nothing of SSO when it is not configured.
 */
class LoginViewSsoTest extends KaribuTest {

    private static SsoSettings sso(boolean localLogin, String providerName) {
        return new SsoSettings("https://sso.camau.gov.vn/realms/camau", "camau-dashboard", "secret", null, null,
                List.of(), localLogin, providerName);
    }

    /** The page on its own (the test UI already shows the router's login page). */
    private static LoginView shown(LoginView view) {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void withSsoBesideTheFormBothAreOffered() {
        LoginView view = shown(new LoginView(new StartupProgress(false), sso(true, "")));
        Button button = LocatorJ._get(view, Button.class, spec -> spec.withId("sso-login"));
        assertThat(button.getText()).isEqualTo("Đăng nhập bằng tài khoản một cửa");
        assertThat(LocatorJ._get(view, LoginForm.class).isVisible()).isTrue();
    }

    @Test
    void withLocalLoginSwitchedOffOnlyTheSsoButtonIsShown() {
        LoginView view = shown(new LoginView(new StartupProgress(false), sso(false, "Cổng dịch vụ công tỉnh")));
        assertThat(LocatorJ._get(view, Button.class, spec -> spec.withId("sso-login")).getText())
                .isEqualTo("Đăng nhập bằng Cổng dịch vụ công tỉnh");
        assertThat(LocatorJ._find(view, LoginForm.class)).as("no name and password form").isEmpty();
        assertThat(LocatorJ._find(view, Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.contains("chỉ nhận đăng nhập bằng tài khoản một cửa"));
    }

    @Test
    void withoutSsoThereIsNoButton() {
        LoginView view = shown(new LoginView(new StartupProgress(false)));
        assertThat(LocatorJ._find(view, Button.class, spec -> spec.withId("sso-login"))).isEmpty();
        assertThat(LocatorJ._get(view, LoginForm.class).isVisible()).isTrue();
    }
}
