package vn.camau.reform.security.sso;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import vn.camau.reform.base.web.PublicUrl;
import vn.camau.reform.security.audit.AuditTrail;
import vn.camau.reform.security.repository.UserRepository;

/**
 * Puts single sign-on into the browser's security chain when it is configured ({@link SsoSettings}),
 * and nothing at all when it is not. {@code SecurityConfig} calls {@link #configure} before Vaadin's
 * configurer closes the chain.
 */
@Configuration
@EnableConfigurationProperties(SsoSettings.class)
public class SsoLogin {

    private final SsoSettings settings;
    private final PublicUrl publicUrl;
    private final UserRepository users;
    private final AuditTrail audit;
    private final ObjectProvider<SecurityContextHolderStrategy> strategies;

    SsoLogin(SsoSettings settings, PublicUrl publicUrl, UserRepository users, AuditTrail audit,
             ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.settings = checked(settings);
        this.publicUrl = publicUrl;
        this.users = users;
        this.audit = audit;
        this.strategies = strategies;
    }

    /** Half a configuration stops the start with one line, rather than leaving SSO silently off. */
    private static SsoSettings checked(SsoSettings settings) {
        boolean issuer = !settings.issuerUri().isEmpty();
        boolean client = !settings.clientId().isEmpty();
        if (issuer != client) {
            throw new IllegalStateException("Single sign-on needs both APP_SSO_ISSUER_URI and APP_SSO_CLIENT_ID "
                    + "(only " + (issuer ? "the issuer" : "the client id") + " is set)");
        }
        if (!settings.enabled() && !settings.localLogin()) {
            throw new IllegalStateException("APP_SSO_LOCAL_LOGIN=false switches off name and password, "
                    + "which needs single sign-on configured (APP_SSO_ISSUER_URI, APP_SSO_CLIENT_ID)");
        }
        return settings;
    }

    public SsoSettings settings() {
        return settings;
    }

    /**
     * OpenID Connect login on the given login page, the error page open to all, and, when name and
     * password are switched off, the login form's POST refused.
     */
    public void configure(HttpSecurity http, String loginPage) throws Exception {
        if (!settings.enabled()) {
            return;
        }
        SecurityContextHolderStrategy contexts = strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        var repository = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
        OidcUserService provider = new OidcUserService();
        SsoRefused refused = new SsoRefused();
        http.authorizeHttpRequests(auth -> auth.requestMatchers(SsoSettings.ERROR_PATH).permitAll());
        http.oauth2Login(oauth -> oauth
                .loginPage(loginPage)
                .clientRegistrationRepository(new SsoClientRegistrations(settings, publicUrl))
                // the provider's tokens live in the session and end with it
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SsoAccounts(provider, users, settings, audit)))
                .successHandler(new SsoSignedIn(contexts, repository, new HttpSessionRequestCache(), users, audit))
                .failureHandler(refused)
                // a provider that cannot be reached when the sign-in starts: the same clear page, not a 500
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(refused);
                        return filter;
                    }
                }));
        if (!settings.localLogin()) {
            http.addFilterBefore(new LocalLoginSwitchedOff(loginPage), UsernamePasswordAuthenticationFilter.class);
        }
    }
}
