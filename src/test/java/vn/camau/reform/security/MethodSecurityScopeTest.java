package vn.camau.reform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.camau.reform.TestLogins;
import vn.camau.reform.account.AccountFilter;
import vn.camau.reform.account.AccountService;
import vn.camau.reform.dashboard.ui.OverviewView;
import vn.camau.reform.ui.KaribuTest;

/**
 * {@code @RolesAllowed} guards the services' methods (the second wall) but does not wrap the views, whose
 * {@code @RolesAllowed} is for Vaadin's navigation access control: a view created for a navigation is the
 * view itself, not a proxy made anew at each navigation and kept in the UI.
 */
class MethodSecurityScopeTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void aViewIsCreatedAsItselfAndAServiceStillRefusesAWrongRole() {
        // created by Vaadin's SpringInstantiator for the navigation, as in the browser
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(OverviewView.class);
        Component view = UI.getCurrent().getCurrentView();
        assertThat(view).isInstanceOf(OverviewView.class);
        assertThat(AopUtils.isAopProxy(view)).isFalse();
        assertThat(view.getClass()).isEqualTo(OverviewView.class);
        assertThat(UI.getCurrent().getActiveRouterTargetsChain())
                .allSatisfy(target -> assertThat(AopUtils.isAopProxy(target)).isFalse());

        assertThat(AopUtils.isAopProxy(accounts)).isTrue();
        TestLogins.loginAs(users, "lanhdao.tinh");
        assertThatThrownBy(() -> accounts.page(AccountFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        TestLogins.loginAs(users, "admin");
        assertThat(accounts.page(AccountFilter.ALL, 0, 10)).isNotEmpty();
    }
}
