package vn.camau.reform.base.db;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/**
 * Marks the calls made inside a {@link ReplicaReads} service or method, for the routing data source:
 * a plain Spring advisor on the services' existing proxies.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaReadsScope {

    private static final ThreadLocal<Boolean> REQUESTED = new ThreadLocal<>();

    /** Whether the current call came through a {@link ReplicaReads} method. */
    static boolean requested() {
        return Boolean.TRUE.equals(REQUESTED.get());
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor replicaReadsAdvisor() {
        MethodInterceptor mark = invocation -> {
            Boolean outer = REQUESTED.get();
            REQUESTED.set(Boolean.TRUE);
            try {
                return invocation.proceed();
            } finally {
                REQUESTED.set(outer);
            }
        };
        ComposablePointcut marked = new ComposablePointcut(new AnnotationMatchingPointcut(ReplicaReads.class, true))
                .union(new AnnotationMatchingPointcut(null, ReplicaReads.class, true));
        return new DefaultPointcutAdvisor(marked, mark);
    }
}
