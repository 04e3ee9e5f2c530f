package vn.camau.reform.security.sso;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server on a port
 * of its own, with its own login form and users, signing ID tokens with a key made at start. Each
 * user's claims ({@code preferred_username}, {@code email}, {@code email_verified}) are set here, as
 * the province's provider would hold them. Only the auto-configuration a web server and Spring
 * Security's filter need is imported, nothing of the dashboard. Deliberately not a {@code @Configuration}:
 * the application's component scan, which reaches the test classes, must never pick it up.
 */
@EnableWebSecurity
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
class TestIdentityProvider {

    static final String CLIENT_ID = "camau-dashboard";
    static final String CLIENT_SECRET = "a-test-client-secret";
    static final String PASSWORD = "idp-password";

    /** The provider's users (their login names there) and the claims it vouches for. */
    static final Map<String, Map<String, Object>> CLAIMS = new HashMap<>();

    private static final InMemoryRegisteredClientRepository CLIENTS = new InMemoryRegisteredClientRepository(
            client("http://127.0.0.1:1/placeholder"));

    /** Starts the provider on a free port of 127.0.0.1 (the dashboard is reached as localhost: two cookie jars). */
    static Started start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TestIdentityProvider.class)
                .properties("spring.config.name=sso-test-idp", "server.port=0", "server.address=127.0.0.1",
                        "server.servlet.session.cookie.name=IDPSESSION", "spring.main.banner-mode=off")
                .run();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Started(context, "http://127.0.0.1:" + port);
    }

    record Started(ConfigurableApplicationContext context, String issuer) {

        /** The dashboard's client, with its callback at the port it was given. */
        void registerDashboard(String redirectUri) {
            CLIENTS.save(client(redirectUri));
        }

        void stop() {
            context.close();
        }
    }

    private static RegisteredClient client(String redirectUri) {
        return RegisteredClient.withId("dashboard").clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain providerLogin(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    /**
     * Whatever strategy is global at the moment of each call. The dashboard, started after the provider
     * in the same JVM, makes Vaadin's strategy the global one, which Spring Authorization Server's own
     * endpoints then read through {@code SecurityContextHolder}; the provider's filters must write where
     * those endpoints read.
     */
    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        return new SecurityContextHolderStrategy() {
            @Override
            public void clearContext() {
                SecurityContextHolder.getContextHolderStrategy().clearContext();
            }

            @Override
            public SecurityContext getContext() {
                return SecurityContextHolder.getContextHolderStrategy().getContext();
            }

            @Override
            public void setContext(SecurityContext context) {
                SecurityContextHolder.getContextHolderStrategy().setContext(context);
            }

            @Override
            public SecurityContext createEmptyContext() {
                return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            }
        };
    }

    @Bean
    UserDetailsService providerUsers() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        CLAIMS.keySet().forEach(name -> users.createUser(User.withUsername(name).password("{noop}" + PASSWORD)
                .roles("USER").build()));
        return users;
    }

    @Bean
    InMemoryRegisteredClientRepository registeredClients() {
        return CLIENTS;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
        return token -> {
            if ("id_token".equals(token.getTokenType().getValue())) {
                Map<String, Object> claims = CLAIMS.getOrDefault(token.getPrincipal().getName(), Map.of());
                token.getClaims().claims(all -> all.putAll(claims));
            }
        };
    }

    private static final KeyPair KEYS = rsa();

    @Bean
    JWKSource<com.nimbusds.jose.proc.SecurityContext> jwkSource() {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey((RSAPrivateKey) KEYS.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder() {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
