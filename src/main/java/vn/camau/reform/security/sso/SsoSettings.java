package vn.camau.reform.security.sso;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through the province's OpenID Connect provider, switched on by configuration only:
 * it is on when an issuer and a client id are both set (README "Single sign-on").
 *
 * @param issuerUri     the provider's issuer, e.g. {@code https://sso.camau.gov.vn/realms/camau}; its
 *                      {@code /.well-known/openid-configuration} is read at the first SSO sign-in, not at
 *                      start, so a provider that is down never keeps the dashboard (and its local
 *                      administrator) from starting
 * @param clientId      the dashboard's client id at the provider
 * @param clientSecret  its secret (client_secret_basic)
 * @param usernameClaim the claim matched to an account's user name (made canonical as every typed name is)
 * @param emailClaim    the claim matched to an account's e-mail, case-insensitively, when the user name
 *                      matches none
 * @param scopes        the scopes asked for
 * @param localLogin    whether name and password still sign in beside SSO (the form and HTTP Basic on the API)
 * @param providerName  what the sign-in button names the provider ("Sign in with …"); empty: a generic label
 */
@ConfigurationProperties("app.sso")
public record SsoSettings(@DefaultValue("") String issuerUri,
                          @DefaultValue("") String clientId,
                          @DefaultValue("") String clientSecret,
                          @DefaultValue("preferred_username") String usernameClaim,
                          @DefaultValue("email") String emailClaim,
                          @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
                          @DefaultValue("true") boolean localLogin,
                          @DefaultValue("") String providerName) {

    /** The registration id, which appears in the sign-in and callback paths. */
    public static final String REGISTRATION_ID = "sso";
    /** Where the sign-in button sends the browser. */
    public static final String START_PATH = "/oauth2/authorization/" + REGISTRATION_ID;
    /** The page that says why an SSO sign-in was refused. */
    public static final String ERROR_PATH = "/sso/error";

    public SsoSettings {
        issuerUri = issuerUri == null ? "" : issuerUri.strip();
        clientId = clientId == null ? "" : clientId.strip();
        clientSecret = clientSecret == null ? "" : clientSecret;
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim.strip();
        emailClaim = emailClaim == null || emailClaim.isBlank() ? "email" : emailClaim.strip();
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
        providerName = providerName == null ? "" : providerName.strip();
    }

    /** No single sign-on: name and password only (what an installation has until it configures SSO). */
    public static SsoSettings off() {
        return new SsoSettings("", "", "", null, null, null, true, "");
    }

    public boolean enabled() {
        return !issuerUri.isEmpty() && !clientId.isEmpty();
    }

    /** Name and password sign in: always without SSO, and beside it unless switched off. */
    public boolean passwordLoginAllowed() {
        return !enabled() || localLogin;
    }
}
