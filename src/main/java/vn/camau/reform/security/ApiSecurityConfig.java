package vn.camau.reform.security;

import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAnyRole;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAuthority;
import static org.springframework.security.authorization.AuthorizationManagers.allOf;
import static org.springframework.security.authorization.AuthorizationManagers.not;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.security.sso.SsoLogin;

/**
 * The HTTP API ({@code /api/**}) has its own chain, checked before the Vaadin one: stateless, no
 * CSRF (no cookies, so nothing for a forged request to ride on), HTTP Basic against the same users
 * and the same lock-out as the login page, and bearer tokens issued by administrators. Answers 401
 * and 403 in JSON rather than redirecting to the login page.
 *
 * <p>Reading indicators and dossiers: every role but OFFICER (a civil servant sees only their own
 * evaluation), and not with an INTAKE token, which is for one-stop systems sending dossiers in.
 */
@Configuration
class ApiSecurityConfig {

    static final String[] READ_ROLES = ApiTokenService.READ_ROLES.stream().map(Role::name).sorted()
            .toArray(String[]::new);

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenAuthenticator tokens, JsonMapper json,
                                               ObjectProvider<SecurityContextHolderStrategy> strategies,
                                               SsoLogin sso)
            throws Exception {
        ApiJsonErrors errors = new ApiJsonErrors(json);
        // the same lookup Spring Security's own configurers make
        SecurityContextHolderStrategy contexts =
                strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, errors, contexts),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        // every method, not only GET: a HEAD must not slip past the role check
                        .requestMatchers("/api/v1/indicators", "/api/v1/dossiers/*", "/api/v1/index766")
                        .access(allOf(hasAnyRole(READ_ROLES),
                                not(hasAuthority(ApiTokenPurpose.INTAKE.authority()))))
                        // one-stop systems only, with a token issued for intake (never a password)
                        .requestMatchers("/api/v1/intake/**").hasAuthority(ApiTokenPurpose.INTAKE.authority())
                        .anyRequest().authenticated());
        // names and passwords only while they are allowed: with SSO on and local login off, tokens only
        if (sso.settings().passwordLoginAllowed()) {
            http.httpBasic(basic -> basic.realmName(ApiJsonErrors.REALM).authenticationEntryPoint(errors));
        }
        return http.build();
    }
}
