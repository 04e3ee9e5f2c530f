package vn.camau.reform.security.sso;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import vn.camau.reform.base.web.PublicUrl;

/**
 * The one client registration, read from the provider's discovery document at the first SSO sign-in
 * and kept once read. Spring Boot's own properties would read it at start, and a provider that is
 * down would then stop the dashboard from starting at all, local administrator included; here a
 * provider that cannot be reached fails only that sign-in (the error page says so) and is asked
 * again at the next one.
 */
class SsoClientRegistrations implements ClientRegistrationRepository {

    static final String UNAVAILABLE = "sso_unavailable";

    private static final Logger log = LoggerFactory.getLogger(SsoClientRegistrations.class);

    private final SsoSettings settings;
    private final PublicUrl publicUrl;
    private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

    SsoClientRegistrations(SsoSettings settings, PublicUrl publicUrl) {
        this.settings = settings;
        this.publicUrl = publicUrl;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SsoSettings.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration.get();
        if (known != null) {
            return known;
        }
        ClientRegistration discovered = discover();
        registration.compareAndSet(null, discovered);
        return registration.get();
    }

    private ClientRegistration discover() {
        try {
            ClientRegistration built = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(SsoSettings.REGISTRATION_ID)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .scope(settings.scopes())
                    // behind the province's proxy the callback is the public address, never one built
                    // from a request's Host header
                    .redirectUri(publicUrl.link("login/oauth2/code/{registrationId}")
                            .orElse("{baseUrl}/login/oauth2/code/{registrationId}"))
                    .build();
            log.info("Single sign-on: provider {} read", settings.issuerUri());
            return built;
        } catch (RuntimeException e) {
            // one line: the provider's address and what went wrong, no stack trace
            log.warn("Single sign-on: the provider {} cannot be read: {}", settings.issuerUri(), e.getMessage());
            throw new OAuth2AuthenticationException(new OAuth2Error(UNAVAILABLE), e);
        }
    }
}
