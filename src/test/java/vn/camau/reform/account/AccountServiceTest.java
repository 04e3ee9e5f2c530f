package vn.camau.reform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;
import static vn.camau.reform.jooq.Tables.AUDIT_ENTRY;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.time.LocalDateTime;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.audit.AuditAction;

/**
 * Account administration through its service: the scope rules, the one-time password, optimistic
 * locking, nothing half-saved, and exactly one audit entry per action. Each test rolls back.
 */
@AppTest
@Transactional
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DSLContext dsl;

    long province;
    long anXuyen;
    /** A commune that is not An Xuyên: outside an An Xuyên administrator's scope. */
    long otherCommune;

    @BeforeEach
    void signIn() {
        province = unit("96");
        anXuyen = unit("32002");
        otherCommune = dsl.select(ADMIN_UNIT.ID).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.UNIT_LEVEL.eq(UnitLevel.COMMUNE), ADMIN_UNIT.VALID_TO.isNull(), ADMIN_UNIT.ID.ne(anXuyen))
                .limit(1).fetchSingle(ADMIN_UNIT.ID);
        TestLogins.loginAs(users, "admin");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private long unit(String code) {
        return dsl.select(ADMIN_UNIT.ID).from(ADMIN_UNIT).where(ADMIN_UNIT.CODE.eq(code), ADMIN_UNIT.VALID_TO.isNull())
                .fetchSingle(ADMIN_UNIT.ID);
    }

    private IssuedPassword createCommuneAdmin() {
        return accounts.create(new AccountForm("qt.anxuyen.test", "Quản trị An Xuyên", "QT.AnXuyen@camau.gov.vn",
                anXuyen, Set.of(Role.ADMIN), null));
    }

    private int auditEntries(long accountId, String action) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.OBJECT_TYPE.eq("ACCOUNT"),
                AUDIT_ENTRY.OBJECT_ID.eq(Long.toString(accountId)), AUDIT_ENTRY.ACTION.eq(AuditAction.valueOf(action)));
    }

    private int allAuditEntries(long accountId) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.OBJECT_TYPE.eq("ACCOUNT"),
                AUDIT_ENTRY.OBJECT_ID.eq(Long.toString(accountId)));
    }

    @Test
    void aNewAccountGetsAOneTimePasswordThatMustBeChangedAndOneAuditEntryWithoutAnyHash() {
        IssuedPassword issued = createCommuneAdmin();

        AccountSummary account = issued.account();
        assertThat(account.username()).isEqualTo("qt.anxuyen.test");
        assertThat(account.email()).isEqualTo("qt.anxuyen@camau.gov.vn");
        assertThat(account.roles()).containsExactly(Role.ADMIN);
        assertThat(account.unitId()).isEqualTo(anXuyen);
        assertThat(account.status()).isEqualTo(AccountStatus.NEVER_SIGNED_IN);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(issued.oneTimePassword()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(issued.expiresAt()).isAfter(LocalDateTime.now().plusDays(6));
        assertThat(issued.toString()).doesNotContain(issued.oneTimePassword());
        String hash = dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(account.id()))
                .fetchSingle(APP_USER.PASSWORD_HASH);
        assertThat(encoder.matches(issued.oneTimePassword(), hash)).isTrue();

        assertThat(auditEntries(account.id(), "ACCOUNT_CREATED")).isEqualTo(1);
        assertThat(allAuditEntries(account.id())).isEqualTo(1);
        var entry = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.OBJECT_ID.eq(Long.toString(account.id())))
                .fetchSingle();
        assertThat(entry.getActorName()).isEqualTo("admin");
        assertThat(entry.getUnitId()).isEqualTo(anXuyen);
        assertThat(entry.getAfterState()).contains("\"username\":\"qt.anxuyen.test\"", "\"roles\":[\"ADMIN\"]")
                .doesNotContain(hash).doesNotContain(issued.oneTimePassword()).doesNotContainIgnoringCase("bcrypt");
    }

    @Test
    void aUserNameIsTakenWhateverItsCase() {
        createCommuneAdmin();
        int before = dsl.fetchCount(APP_USER);

        assertThatThrownBy(() -> accounts.create(new AccountForm("  QT.AnXuyen.Test ", "Người khác", null, anXuyen,
                Set.of(Role.OFFICER), null)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("account.error.duplicateUsername");
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(before);
    }

    @Test
    void badFieldsAreRefusedWithTheirRuleAndNothingIsSaved() {
        int before = dsl.fetchCount(APP_USER);
        int entries = dsl.fetchCount(AUDIT_ENTRY);
        assertRefused(new AccountForm("ab", "Tên", null, anXuyen, Set.of(Role.OFFICER), null), "user.error.badUsername");
        assertRefused(new AccountForm("nguoi.moi", " ", null, anXuyen, Set.of(Role.OFFICER), null),
                "account.error.fullNameRequired");
        assertRefused(new AccountForm("nguoi.moi", "Người Mới", "khong-phai-email", anXuyen, Set.of(Role.OFFICER), null),
                "account.error.badEmail");
        assertRefused(new AccountForm("nguoi.moi", "Người Mới", null, null, Set.of(Role.OFFICER), null),
                "account.error.unitRequired");
        assertRefused(new AccountForm("nguoi.moi", "Người Mới", null, 999_999_999L, Set.of(Role.OFFICER), null),
                "account.error.unknownUnit");
        assertRefused(new AccountForm("nguoi.moi", "Người Mới", null, anXuyen, Set.of(), null),
                "account.error.roleRequired");
        assertRefused(new AccountForm("nguoi.moi", "Người Mới", null, anXuyen, Set.of(Role.PROVINCE_LEADER), null),
                "account.error.provinceLeaderUnit");
        assertRefused(new AccountForm("nguoi.moi", "Người Mới", null, anXuyen, Set.of(Role.OFFICER), 999_999_999L),
                "account.error.unknownOfficer");
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(before);
        assertThat(dsl.fetchCount(AUDIT_ENTRY)).isEqualTo(entries);
    }

    @Test
    void aCommuneAdministratorManagesTheirCommuneOnlyAndNeverGrantsProvinceLeader() {
        long communeAdmin = createCommuneAdmin().account().id();
        long provinceLeaderCount = dsl.fetchCount(APP_USER_ROLE, APP_USER_ROLE.ROLE.eq(Role.PROVINCE_LEADER));
        TestLogins.loginAs(users, "qt.anxuyen.test");

        assertThat(accounts.grantableRoles()).doesNotContain(Role.PROVINCE_LEADER).contains(Role.ADMIN, Role.OFFICER);
        // the province itself, or a sibling commune, is outside: it answers like a unit that does not exist
        assertRefused(new AccountForm("ld.tinh.gia", "Giả", null, province, Set.of(Role.ADMIN), null),
                "account.error.unknownUnit");
        assertRefused(new AccountForm("qt.xa.khac", "Khác", null, otherCommune, Set.of(Role.ADMIN), null),
                "account.error.unknownUnit");
        assertRefused(new AccountForm("ld.tinh.gia", "Giả", null, anXuyen, Set.of(Role.PROVINCE_LEADER), null),
                "account.error.roleNotGrantable");
        assertThat(dsl.fetchCount(APP_USER_ROLE, APP_USER_ROLE.ROLE.eq(Role.PROVINCE_LEADER))).isEqualTo(provinceLeaderCount);

        // the list holds An Xuyên's accounts only, and the province's accounts cannot be touched
        assertThat(accounts.page(AccountFilter.ALL, 0, 500)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.unitId()).isEqualTo(anXuyen));
        long provinceAdmin = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("admin"))
                .fetchSingle(APP_USER.ID);
        assertThat(accounts.find(provinceAdmin)).isEmpty();
        assertThatThrownBy(() -> accounts.disable(provinceAdmin, 0)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("account.error.unknownAccount");

        // what they may do: a leader and an officer of their own commune
        IssuedPassword leader = accounts.create(new AccountForm("ld.anxuyen.test", "Lãnh đạo An Xuyên", null, anXuyen,
                Set.of(Role.UNIT_LEADER), null));
        assertThat(leader.account().roles()).containsExactly(Role.UNIT_LEADER);
        // and never on themselves: no locking oneself out
        AccountSummary self = accounts.find(communeAdmin).orElseThrow();
        assertThatThrownBy(() -> accounts.disable(communeAdmin, self.version()))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("account.error.notOnYourself");
    }

    @Test
    void aProvinceAdministratorGrantsProvinceLeaderOnlyAtTheProvince() {
        IssuedPassword leader = accounts.create(new AccountForm("pct.test", "Phó Chủ tịch Thử", null, province,
                Set.of(Role.PROVINCE_LEADER), null));
        assertThat(leader.account().roles()).containsExactly(Role.PROVINCE_LEADER);
    }

    @Test
    void aStaleEditIsRefusedNamingWhoSavedMeanwhileAndChangesNothing() {
        AccountSummary created = createCommuneAdmin().account();
        AccountSummary first = accounts.update(created.id(), created.version(), new AccountForm(null,
                "Quản trị An Xuyên (mới)", created.email(), anXuyen, created.roles(), null));
        assertThat(first.version()).isGreaterThan(created.version());

        assertThatThrownBy(() -> accounts.update(created.id(), created.version(), new AccountForm(null,
                "Tên cũ ghi đè", created.email(), anXuyen, Set.of(Role.ADMIN, Role.HR), null)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> {
                    assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("account.error.stale");
                    assertThat(((BusinessRuleException) e).args()).containsExactly("admin");
                });
        AccountSummary now = accounts.find(created.id()).orElseThrow();
        assertThat(now.fullName()).isEqualTo("Quản trị An Xuyên (mới)");
        assertThat(now.roles()).containsExactly(Role.ADMIN);
        assertThatThrownBy(() -> accounts.disable(created.id(), created.version()))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("account.error.stale");
    }

    @Test
    void everyActionLeavesExactlyOneAuditEntry() {
        AccountSummary a = createCommuneAdmin().account();
        a = accounts.update(a.id(), a.version(), new AccountForm(null, a.fullName(), a.email(), a.unitId(),
                Set.of(Role.ADMIN, Role.HR), null));
        assertThat(auditEntries(a.id(), "ACCOUNT_ROLES_CHANGED")).isEqualTo(1);
        a = accounts.update(a.id(), a.version(), new AccountForm(null, a.fullName(), a.email(), otherCommune,
                a.roles(), null));
        assertThat(auditEntries(a.id(), "ACCOUNT_UNIT_CHANGED")).isEqualTo(1);
        a = accounts.update(a.id(), a.version(), new AccountForm(null, "Tên Mới", null, a.unitId(), a.roles(), null));
        assertThat(auditEntries(a.id(), "ACCOUNT_UPDATED")).isEqualTo(1);
        a = accounts.disable(a.id(), a.version());
        assertThat(a.status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(auditEntries(a.id(), "ACCOUNT_DISABLED")).isEqualTo(1);
        a = accounts.enable(a.id(), a.version());
        assertThat(auditEntries(a.id(), "ACCOUNT_ENABLED")).isEqualTo(1);
        dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, LocalDateTime.now().plusMinutes(10))
                .set(APP_USER.FAILED_ATTEMPTS, 5).where(APP_USER.ID.eq(a.id())).execute();
        assertThat(accounts.find(a.id()).orElseThrow().status()).isEqualTo(AccountStatus.LOCKED);
        a = accounts.unlock(a.id(), a.version());
        assertThat(a.status()).isEqualTo(AccountStatus.NEVER_SIGNED_IN);
        assertThat(auditEntries(a.id(), "ACCOUNT_UNLOCKED")).isEqualTo(1);
        IssuedPassword reset = accounts.resetPassword(a.id(), a.version());
        assertThat(auditEntries(a.id(), "PASSWORD_RESET")).isEqualTo(1);
        assertThat(reset.account().mustChangePassword()).isTrue();

        // created + 7 actions, one each; the role and unit entries hold before and after as data
        assertThat(allAuditEntries(a.id())).isEqualTo(8);
        String roles = dsl.select(AUDIT_ENTRY.BEFORE_STATE.concat(AUDIT_ENTRY.AFTER_STATE)).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.OBJECT_ID.eq(Long.toString(a.id())), AUDIT_ENTRY.ACTION.eq(AuditAction.ACCOUNT_ROLES_CHANGED))
                .fetchSingle().value1();
        assertThat(roles).isEqualTo("{\"roles\":[\"ADMIN\"]}{\"roles\":[\"ADMIN\",\"HR\"]}");
        // saving an unchanged form writes nothing
        AccountSummary same = accounts.update(a.id(), reset.account().version(), new AccountForm(null, a.fullName(),
                null, a.unitId(), a.roles(), null));
        assertThat(same.version()).isEqualTo(reset.account().version());
        assertThat(allAuditEntries(a.id())).isEqualTo(8);
    }

    @Test
    void theListSearchesWithoutDiacriticsAndFiltersByUnitRoleAndState() {
        AccountSummary dao = accounts.create(new AccountForm("dao.test", "Nguyễn Thị Đào", null, anXuyen,
                Set.of(Role.HR), null)).account();

        assertThat(accounts.page(new AccountFilter("thi dao", null, null, null), 0, 50))
                .extracting(AccountSummary::username).containsExactly("dao.test");
        assertThat(accounts.page(new AccountFilter("ĐÀO", anXuyen, Role.HR, AccountStatus.NEVER_SIGNED_IN), 0, 50))
                .extracting(AccountSummary::username).containsExactly("dao.test");
        assertThat(accounts.count(new AccountFilter("dao", otherCommune, null, null))).isZero();
        assertThat(accounts.count(new AccountFilter("dao", null, Role.OFFICER, null))).isZero();
        accounts.disable(dao.id(), dao.version());
        assertThat(accounts.page(new AccountFilter(null, anXuyen, null, AccountStatus.DISABLED), 0, 50))
                .extracting(AccountSummary::username).contains("dao.test");
        assertThat(accounts.count(new AccountFilter("dao.test", null, null, AccountStatus.ACTIVE))).isZero();
    }

    @Test
    void anAccountLinksToItsOfficerRecordAndARecordHasOneAccount() {
        long officer = dsl.select(OFFICER.ID).from(OFFICER).where(OFFICER.UNIT_ID.eq(anXuyen), OFFICER.USER_ID.isNull(),
                OFFICER.ACTIVE.isTrue()).limit(1).fetchSingle(OFFICER.ID);
        AccountSummary linked = accounts.create(new AccountForm("canbo.test", "Cán bộ Thử", null, anXuyen,
                Set.of(Role.OFFICER), officer)).account();
        assertThat(linked.officerId()).isEqualTo(officer);
        assertThat(dsl.select(OFFICER.USER_ID).from(OFFICER).where(OFFICER.ID.eq(officer)).fetchSingle().value1())
                .isEqualTo(linked.id());
        assertRefused(new AccountForm("canbo.test2", "Cán bộ Khác", null, anXuyen, Set.of(Role.OFFICER), officer),
                "account.error.officerTaken");
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        TestLogins.loginAs(users, "lanhdao.tinh");
        assertThatThrownBy(() -> accounts.page(AccountFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(this::createCommuneAdmin).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(AccountForm form, String key) {
        assertThatThrownBy(() -> accounts.create(form)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }
}
