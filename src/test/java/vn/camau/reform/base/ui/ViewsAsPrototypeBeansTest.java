package vn.camau.reform.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;

import vn.camau.reform.AppTest;
import vn.camau.reform.dashboard.ui.OverviewView;
import vn.camau.reform.dossier.ui.LateAlertsView;
import vn.camau.reform.shell.ui.MainLayout;

/**
 * Views and layouts come from prototype definitions: a new instance for every navigation (a view holds its
 * UI's state), never injected into a service, and resolved once rather than on every navigation.
 */
@AppTest
class ViewsAsPrototypeBeansTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void everyViewAndLayoutIsAPrototypeThatNoServiceCanBeGiven() {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        for (Class<?> type : new Class<?>[] {OverviewView.class, MainLayout.class, LateAlertsView.class}) {
            var definition = beans.getBeanDefinition(type.getName());
            assertThat(definition.isPrototype()).as(type.getSimpleName()).isTrue();
            assertThat(definition.isAutowireCandidate()).as(type.getSimpleName()).isFalse();
        }
        // the scan found the application's routes and layouts, not only these
        long views = java.util.Arrays.stream(beans.getBeanDefinitionNames())
                .filter(n -> n.startsWith(ViewsAsPrototypeBeans.BASE_PACKAGE) && beans.getBeanDefinition(n).isPrototype())
                .count();
        assertThat(views).isGreaterThanOrEqualTo(30);
    }
}
