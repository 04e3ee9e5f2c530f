package vn.camau.reform.security;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Actuator endpoints (health, Prometheus, info) answer without a login: a load balancer's health
 * check and a Prometheus scraper have none. They are served only on the management port, which listens
 * on the loopback interface (or the cluster's internal network) and is never published, and they hold
 * no personal or business data: health says UP or DOWN, metrics are counts and latencies.
 */
@Configuration
class ManagementSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http) throws Exception {
        // every /actuator path, exposed or not: what is not health, metrics or info is refused here,
        // rather than sent on to the login page
        http.securityMatcher("/actuator", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // a plain 403, not an error page: the error dispatch would reach the login chain's redirect
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN))
                        .accessDeniedHandler((request, response, e) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to("health", "prometheus", "info")).permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }
}
