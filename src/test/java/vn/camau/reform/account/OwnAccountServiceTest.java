package vn.camau.reform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.AUDIT_ENTRY;

import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;

/** A user's own account: the first change of a one-time password, the policy, their sign-ins. */
@AppTest
@Transactional
class OwnAccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    OwnAccountService own;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AuditTrail audit;
    @Autowired
    DSLContext dsl;

    String oneTime;
    long id;

    @BeforeEach
    void createAndSignIn() {
        TestLogins.loginAs(users, "admin");
        long anXuyen = dsl.select(ADMIN_UNIT.ID).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.CODE.eq("32002"), ADMIN_UNIT.VALID_TO.isNull()).fetchSingle(ADMIN_UNIT.ID);
        IssuedPassword issued = accounts.create(new AccountForm("tu.doi.test", "Tự Đổi", null, anXuyen,
                Set.of(Role.OFFICER), null));
        oneTime = issued.oneTimePassword();
        id = issued.account().id();
        TestLogins.loginAs(users, "tu.doi.test");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void theOneTimePasswordIsReplacedOnceAndTheSessionKnowsAtOnce() {
        assertThat(own.me().mustChangePassword()).isTrue();

        own.changePassword(oneTime, "rừng đước Năm Căn xanh", "rừng đước Năm Căn xanh");

        var row = dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle();
        assertThat(row.getMustChangePassword()).isFalse();
        assertThat(row.getPasswordExpiresAt()).isNull();
        assertThat(encoder.matches("rừng đước Năm Căn xanh", row.getPasswordHash())).isTrue();
        assertThat(own.me().mustChangePassword()).isFalse();
        // the session's principal was renewed in the same request: no forced change any more
        assertThat(currentUser.require().id()).isEqualTo(id);
        var principal = (vn.camau.reform.security.AppUserPrincipal) org.springframework.security.core.context
                .SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(principal.mustChangePassword()).isFalse();
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.OBJECT_ID.eq(Long.toString(id)),
                AUDIT_ENTRY.ACTION.eq(AuditAction.PASSWORD_CHANGED))).isEqualTo(1);
    }

    @Test
    void eachRuleRefusesWithItsOwnMessageAndKeepsTheOldPassword() {
        assertRefused("sai-mat-khau-cu", "rừng đước Năm Căn xanh", "rừng đước Năm Căn xanh", "password.error.currentWrong");
        assertRefused(oneTime, "rừng đước Năm Căn xanh", "rừng đước Năm Căn", "password.error.mismatch");
        assertRefused(oneTime, "ngắn quá", "ngắn quá", "password.error.tooShort");
        assertRefused(oneTime, "Tu.Doi.Test", "Tu.Doi.Test", "password.error.tooShort");
        assertRefused(oneTime, "password1234", "password1234", "password.error.common");
        assertRefused(oneTime, oneTime, oneTime, "password.error.unchanged");
        String hash = dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(id))
                .fetchSingle(APP_USER.PASSWORD_HASH);
        assertThat(encoder.matches(oneTime, hash)).isTrue();
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.OBJECT_ID.eq(Long.toString(id)),
                AUDIT_ENTRY.ACTION.eq(AuditAction.PASSWORD_CHANGED))).isZero();
    }

    @Test
    void theUserSeesTheirOwnSignInsOnly() {
        audit.recordAs(id, "tu.doi.test", AuditEvent.of(AuditAction.SIGN_IN, "ACCOUNT", id, null));
        audit.recordAs(null, "tu.doi.test", AuditEvent.of(AuditAction.SIGN_IN_FAILED, "ACCOUNT", null, null));
        audit.recordAs(1L, "admin", AuditEvent.of(AuditAction.SIGN_IN, "ACCOUNT", 1, null));

        assertThat(own.recentSignIns()).extracting(SignInRecord::action)
                .containsExactlyInAnyOrder("SIGN_IN", "SIGN_IN_FAILED");
    }

    private void assertRefused(String current, String next, String repeat, String key) {
        assertThatThrownBy(() -> own.changePassword(current, next, repeat)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }
}
