package vn.camau.reform.base.health;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;

import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Micrometer's {@code @Timed} on a service method records its latency (the indicator queries, for
 * one), tagged with the method's name. Micrometer's own aspect needs AspectJ; this is the same thing
 * as a plain Spring advisor, applied by the proxies that method security and transactions already
 * put around the services.
 */
@Configuration(proxyBeanMethods = false)
class TimedMethodsConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor timedMethodsAdvisor(ObjectProvider<MeterRegistry> registry) {
        // the timer of each method, found once: its annotation merged and the timer looked up in the
        // registry on every call was a few per cent of an overview page load's CPU under fifty leaders
        Map<Method, Timer> timers = new ConcurrentHashMap<>();
        MethodInterceptor timing = invocation -> {
            Timer timer = timers.computeIfAbsent(invocation.getMethod(), method -> {
                Timed timed = AnnotatedElementUtils.findMergedAnnotation(method, Timed.class);
                return Timer.builder(timed.value()).description(timed.description().isEmpty() ? null
                                : timed.description())
                        .tags(timed.extraTags()).tag("method", method.getName())
                        .publishPercentileHistogram(timed.histogram())
                        .register(registry.getObject());
            });
            Timer.Sample sample = Timer.start(registry.getObject());
            try {
                return invocation.proceed();
            } finally {
                sample.stop(timer);
            }
        };
        return new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(null, Timed.class, true), timing);
    }
}
