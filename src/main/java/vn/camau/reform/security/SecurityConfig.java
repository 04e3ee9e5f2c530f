package vn.camau.reform.security;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import vn.camau.reform.security.repository.UserRepository;
import vn.camau.reform.security.sso.SsoLogin;
import vn.camau.reform.security.ui.LoginView;

/**
 * Form login through Vaadin's login view, users from the database, method security on services as
 * the second wall behind the views' own {@code @RolesAllowed}.
 *
 * <p>{@code @RolesAllowed} on a service is enforced by {@link #jsr250OnServices()}, not by
 * {@code jsr250Enabled}: that would also wrap every view (their {@code @RolesAllowed} is for Vaadin's
 * navigation access control) in a proxy, made anew at each navigation after matching every advisor against
 * every method of the view (a sixth of a navigation's server time, and a proxy kept in each UI).
 *
 * <p>Login CSRF: Vaadin's configurer exempts the login form's POST from Spring's CSRF check, so an
 * attacker's page could sign a victim's browser into the attacker's account. Here the form must carry
 * the token (the login page publishes it in {@code <meta name="_csrf">}, which Vaadin's login form
 * sends); only Vaadin's own internal requests, which carry Vaadin's CSRF token, stay exempt.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(LoginPolicy.class)
class SecurityConfig {

    static final String LOGIN = "/login";
    /** Query values of {@code /login?error=…} that the login view explains. */
    static final String ERROR_THROTTLED = LOGIN + "?error=wait";
    static final String ERROR_EXPIRED = LOGIN + "?error=expired";
    /** The right one-time password after its expiry: an administrator must reset it. */
    static final String ERROR_ONE_TIME_PASSWORD_EXPIRED = LOGIN + "?error=otp-expired";

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
                                                  UserRepository users, OpenSessions openSessions,
                                                  SsoLogin sso,
                                                  ObjectProvider<SecurityContextHolderStrategy> strategies)
            throws Exception {
        // an administrator's change to an account applies to its open sessions on their next request
        http.addFilterAfter(new AccountStateFilter(users, openSessions,
                        strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        // Spring Security's default headers for the chain; SecurityHeadersFilter covers the rest
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeadersFilter.CONTENT_SECURITY_POLICY)));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // the error page of a refused request (an API 405, say) is shown, not redirected to the login
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults()
                .matcher(org.springframework.http.HttpMethod.POST, LOGIN);
        http.exceptionHandling(ex -> ex
                // the login page's own path, never an absolute URL built from the request's Host header
                .defaultAuthenticationEntryPointFor(relativeLoginEntryPoint(), request -> true)
                // a login page left open past the session's end: show it again with a fresh token
                .defaultAccessDeniedHandlerFor((request, response, denied) -> {
                    if (denied instanceof CsrfException) {
                        response.sendRedirect(request.getContextPath() + ERROR_EXPIRED);
                    } else {
                        response.sendError(403);
                    }
                }, loginPost));
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), ERROR_THROTTLED,
                CredentialsExpiredException.class.getName(), ERROR_ONE_TIME_PASSWORD_EXPIRED));
        failures.setDefaultFailureUrl(LOGIN + "?error");
        // the login page named here too: without it Spring Security would serve its own default one at /login
        http.formLogin(form -> form.loginPage(LOGIN).failureHandler(failures));
        // single sign-on beside (or instead of) the form, when configured; nothing otherwise
        sso.configure(http, LOGIN);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        return http.build();
    }

    private static LoginUrlAuthenticationEntryPoint relativeLoginEntryPoint() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint(LOGIN);
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /**
     * JSR-250 method security ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}) on every bean
     * except Vaadin components, which the navigation access control guards.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250OnServices() {
        AuthorizationManagerBeforeMethodInterceptor standard = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        Pointcut notAComponent = new ComposablePointcut(standard.getPointcut())
                .intersection((ClassFilter) type -> !Component.class.isAssignableFrom(type));
        AuthorizationManagerBeforeMethodInterceptor onServices =
                new AuthorizationManagerBeforeMethodInterceptor(notAComponent, new Jsr250AuthorizationManager());
        onServices.setOrder(standard.getOrder());
        return onServices;
    }

    /** Tells {@link OpenSessions} when a session ends, however it ends (a time-out included). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** bcrypt (cost 10) inside Spring's delegating encoder, so the hash format can move on later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
