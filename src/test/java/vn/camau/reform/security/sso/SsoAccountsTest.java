package vn.camau.reform.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.AppUserPrincipal;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;
import vn.camau.reform.security.repository.UserRepository;

/**
 * The matching rules, case by case, without a provider: what {@link SsoLoginTest} does not walk end to
 * end (a locked account, two accounts with one e-mail, a configured claim).
 */
class SsoAccountsTest {

    private final UserRepository users = mock(UserRepository.class);
    private final AuditTrail audit = mock(AuditTrail.class);

    private SsoAccounts accounts(String usernameClaim) {
        SsoSettings settings = new SsoSettings("https://sso.example.vn", "client", "secret", usernameClaim, null,
                List.of(), true, "");
        return new SsoAccounts(request -> null, users, settings, audit);
    }

    private static OidcUser identity(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put("sub", "subject-1");
        return new DefaultOidcUser(List.of(), new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                all));
    }

    private static AppUserPrincipal account(String username, boolean enabled, Instant lockedUntil) {
        return new AppUserPrincipal(new AppUser(7, username, "Người thử", 32002, "Phường An Xuyên", "/1/2/",
                Set.of(Role.OFFICER), "vi"), "{noop}x", enabled, lockedUntil);
    }

    @Test
    void theUserNameClaimIsMadeCanonicalBeforeItIsLookedUp() {
        AppUserPrincipal known = account("thanhtra", true, null);
        when(users.findPrincipal("thanhtra")).thenReturn(Optional.of(known));
        assertThat(accounts(null).account(identity(Map.of("preferred_username", " ＴＨＡＮＨＴＲＡ")))).isSameAs(known);
    }

    @Test
    void aConfiguredClaimIsTheOneRead() {
        AppUserPrincipal known = account("thanhtra", true, null);
        when(users.findPrincipal("thanhtra")).thenReturn(Optional.of(known));
        assertThat(accounts("upn").account(identity(Map.of("upn", "thanhtra", "preferred_username", "khac"))))
                .isSameAs(known);
    }

    @Test
    void aLockedAccountIsRefused() {
        when(users.findPrincipal("thanhtra"))
                .thenReturn(Optional.of(account("thanhtra", true, Instant.now().plusSeconds(600))));
        assertThatThrownBy(() -> accounts(null).account(identity(Map.of("preferred_username", "thanhtra"))))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                .isEqualTo(SsoAccounts.LOCKED);
        verify(audit).recordAs(any(), anyString(), any(AuditEvent.class));
    }

    @Test
    void twoAccountsWithTheSameEmailAreRefusedNotGuessed() {
        when(users.findPrincipal(anyString())).thenReturn(Optional.empty());
        when(users.findPrincipalsByEmail("a@camau.gov.vn"))
                .thenReturn(List.of(account("mot", true, null), account("hai", true, null)));
        assertThatThrownBy(() -> accounts(null).account(identity(Map.of("preferred_username", "khong.co",
                "email", "a@camau.gov.vn", "email_verified", true))))
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                .isEqualTo(SsoAccounts.AMBIGUOUS);
    }

    @Test
    void anUnverifiedEmailIsNeverLookedUp() {
        when(users.findPrincipal(anyString())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> accounts(null).account(identity(Map.of("email", "a@camau.gov.vn",
                "email_verified", false))))
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                .isEqualTo(SsoAccounts.NO_ACCOUNT);
        verify(users, never()).findPrincipalsByEmail(anyString());
    }
}
