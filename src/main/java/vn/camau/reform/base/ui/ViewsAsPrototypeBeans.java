package vn.camau.reform.base.ui;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;

/**
 * Every view and layout of the application registered as a prototype bean: a navigation then takes a new
 * instance through {@code getBean}, as before, but from a definition Spring has already resolved.
 * Vaadin's instantiator otherwise calls {@code createBean(Class)}, which starts from a new definition each
 * time: the constructor and its dependencies resolved again, and every advisor of the application matched
 * against the class again (Spring 7 keeps no "not proxied" answer for such beans). That was a tenth of the
 * server's CPU of an overview page load under fifty leaders.
 */
@Component
class ViewsAsPrototypeBeans implements BeanDefinitionRegistryPostProcessor {

    /** Where the application's views live; the Vaadin and Spring classes stay as they are. */
    static final String BASE_PACKAGE = "vn.camau.reform";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        for (BeanDefinition found : scanner.findCandidateComponents(BASE_PACKAGE)) {
            String name = found.getBeanClassName();
            if (name == null || registry.containsBeanDefinition(name)) {
                continue;
            }
            RootBeanDefinition view = new RootBeanDefinition(ClassUtils.resolveClassName(name,
                    ViewsAsPrototypeBeans.class.getClassLoader()));
            view.setScope(BeanDefinition.SCOPE_PROTOTYPE);
            // never a candidate for another bean's injection: a view is not a service
            view.setAutowireCandidate(false);
            registry.registerBeanDefinition(name, view);
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // nothing: the definitions are all this adds
    }
}
