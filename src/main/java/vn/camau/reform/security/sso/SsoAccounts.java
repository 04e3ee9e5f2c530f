package vn.camau.reform.security.sso;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.camau.reform.security.AppUserPrincipal;
import vn.camau.reform.security.Usernames;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;
import vn.camau.reform.security.repository.UserRepository;

/**
 * Matches the identity the provider vouched for to an existing account, and never creates one:
 * <ol>
 * <li>the user-name claim ({@code preferred_username} unless configured), made canonical by
 *     {@link Usernames} as every typed name is, against {@code app_user.username};</li>
 * <li>else the e-mail claim against {@code app_user.email}, case-insensitively, unless the provider
 *     says the address is not verified (anyone could otherwise claim an officer's address); two
 *     accounts with one address are ambiguous and refused;</li>
 * <li>a disabled or locked account is refused, as at the login form.</li>
 * </ol>
 * A refusal is an {@link OAuth2AuthenticationException} whose code the error page explains, and a
 * failed sign-in on the audit trail. Roles and unit always come from the account.
 */
class SsoAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ACCOUNT = "no_account";
    static final String DISABLED = "account_disabled";
    static final String LOCKED = "account_locked";
    static final String AMBIGUOUS = "ambiguous_account";

    private static final Logger log = LoggerFactory.getLogger(SsoAccounts.class);
    private static final int MAX_AUDIT_NAME = 100;
    private static final int MAX_EMAIL = 200;

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final UserRepository users;
    private final SsoSettings settings;
    private final AuditTrail audit;

    SsoAccounts(OAuth2UserService<OidcUserRequest, OidcUser> provider, UserRepository users, SsoSettings settings,
                AuditTrail audit) {
        this.provider = provider;
        this.users = users;
        this.settings = settings;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = provider.loadUser(request);
        return new SsoUser(identity, account(identity));
    }

    AppUserPrincipal account(OidcUser identity) {
        Optional<String> name = Usernames.canonical(identity.getClaimAsString(settings.usernameClaim()));
        Optional<String> email = email(identity);
        AppUserPrincipal account = name.flatMap(users::findPrincipal).orElse(null);
        if (account == null && email.isPresent()) {
            List<AppUserPrincipal> byEmail = users.findPrincipalsByEmail(email.get());
            if (byEmail.size() > 1) {
                throw refused(AMBIGUOUS, null, name.or(() -> email).orElse(null));
            }
            account = byEmail.isEmpty() ? null : byEmail.getFirst();
        }
        if (account == null) {
            throw refused(NO_ACCOUNT, null, name.or(() -> email).orElse(identity.getSubject()));
        }
        if (!account.isEnabled()) {
            throw refused(DISABLED, account, account.getUsername());
        }
        if (!account.isAccountNonLocked()) {
            throw refused(LOCKED, account, account.getUsername());
        }
        return account;
    }

    /** The e-mail claim, composed and trimmed; none when absent, too long or said to be unverified. */
    private Optional<String> email(OidcUser identity) {
        String claimed = identity.getClaimAsString(settings.emailClaim());
        if (claimed == null || Boolean.FALSE.equals(identity.getEmailVerified())) {
            return Optional.empty();
        }
        String email = Normalizer.normalize(claimed, Normalizer.Form.NFKC).strip();
        return email.isEmpty() || email.length() > MAX_EMAIL || !email.contains("@") ? Optional.empty()
                : Optional.of(email);
    }

    private OAuth2AuthenticationException refused(String code, AppUserPrincipal account, String identity) {
        String shown = printable(identity);
        log.info("Single sign-on refused ({}) for '{}'", code, shown);
        Map<String, Object> after = new HashMap<>();
        after.put("method", "oidc");
        after.put("reason", code);
        if (account == null) {
            audit.recordAs(null, shown, new AuditEvent(AuditAction.SIGN_IN_FAILED, "ACCOUNT", null, null,
                    Map.of(), after));
        } else {
            var user = account.user();
            audit.recordAs(user.id(), user.username(),
                    AuditEvent.of(AuditAction.SIGN_IN_FAILED, "ACCOUNT", user.id(), user.unitId())
                            .change(Map.of(), after));
        }
        return new OAuth2AuthenticationException(new OAuth2Error(code));
    }

    /** What the provider sent, safe for one log line and the audit's name column. */
    private static String printable(String identity) {
        if (identity == null) {
            return null;
        }
        String shown = identity.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "?");
        return shown.length() > MAX_AUDIT_NAME ? shown.substring(0, MAX_AUDIT_NAME - 1) + "…" : shown;
    }
}
