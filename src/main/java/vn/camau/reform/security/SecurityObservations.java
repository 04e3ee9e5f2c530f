package vn.camau.reform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security's own observations off: with Actuator present it times every filter of every chain and
 * every authorization, method security's included (five or so per API request), as {@code spring_security_*}
 * metrics that nothing here reads (README "Health and metrics" lists what is published). In a profile of
 * fifty leaders calling the API at once they were about 9 % of an API request's CPU. Requests are still
 * timed as a whole ({@code http_server_requests_seconds}), and the indicators by method.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
