package vn.camau.reform.ui;

import java.security.Principal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import kotlin.jvm.functions.Function0;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;

/**
 * Browserless view tests on the real application context and database. Karibu 2.7.0 has no
 * MockSpringSecurity, so the fake request reads the principal and roles from the SecurityContext,
 * as Vaadin's navigation access control and menu expect. Each feature's view tests extend it from that
 * feature's {@code ui} package, beside the views they drive.
 */
@AppTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.camau.reform");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserDetailsService users;

    @BeforeEach
    protected void setUpVaadin() {
        AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                    return auth == null || trust.isAnonymous(auth) ? null : auth;
                }
            };
            request.setUserInRole((principal, role) -> principal instanceof Authentication auth
                    && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority())));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    protected void tearDownVaadin() {
        MockVaadin.tearDown();
        TestLogins.logout();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
    }

    /** Signs in and reopens the UI, as a browser does after the login redirect. */
    protected void loginAs(String username) {
        TestLogins.loginAs(users, username);
        UI.getCurrent().getPage().reload();
    }
}
