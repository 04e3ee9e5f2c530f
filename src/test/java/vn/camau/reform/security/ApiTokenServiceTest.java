package vn.camau.reform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.jooq.Tables.API_TOKEN;

import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.security.repository.UserRepository;

/** Issuing, listing and revoking API tokens: administrators only, secrets never stored. */
@AppTest
@Transactional // each test rolls back its tokens and the test officer
class ApiTokenServiceTest {

    private static final String PREFIX = "test-service:";
    /** A civil servant: no role that may read the API. */
    private static final String OFFICER = "test.officer";

    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserRepository userRepository;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void signIn() {
        if (!userRepository.exists(OFFICER)) {
            userRepository.insert(OFFICER, "{noop}unused", "Cán bộ Thử nghiệm", 100, Set.of(Role.OFFICER));
        }
        TestLogins.loginAs(users, "admin");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private long count() {
        return dsl.fetchCount(API_TOKEN, API_TOKEN.NAME.startsWith(PREFIX));
    }

    @Test
    void theSecretIsReturnedOnceAndOnlyItsHashIsStored() {
        IssuedApiToken issued = tokens.issue("  " + PREFIX + "trung tâm điều hành  ", "lanhdao.tinh",
                ApiTokenPurpose.READ);

        assertThat(issued.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(issued.toString()).doesNotContain(issued.token());
        String stored = dsl.select(API_TOKEN.TOKEN_HASH).from(API_TOKEN).where(API_TOKEN.ID.eq(issued.details().id()))
                .fetchSingle(API_TOKEN.TOKEN_HASH);
        assertThat(stored).isEqualTo(ApiTokens.hash(issued.token())).hasSize(64).isNotEqualTo(issued.token());
        assertThat(tokens.list()).filteredOn(t -> t.id() == issued.details().id()).singleElement()
                .satisfies(t -> {
                    assertThat(t.name()).isEqualTo(PREFIX + "trung tâm điều hành");
                    assertThat(t.username()).isEqualTo("lanhdao.tinh");
                    assertThat(t.purpose()).isEqualTo(ApiTokenPurpose.READ);
                    assertThat(t.createdBy()).isEqualTo("admin");
                    assertThat(t.lastUsedAt()).isNull();
                    assertThat(t.isRevoked()).isFalse();
                });
        // two tokens never share a secret
        assertThat(tokens.issue(PREFIX + "second", "lanhdao.tinh", ApiTokenPurpose.READ).token())
                .isNotEqualTo(issued.token());
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> tokens.issue("  ", "lanhdao.tinh", ApiTokenPurpose.READ))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("apiToken.error.nameRequired");
        assertThatThrownBy(() -> tokens.issue(PREFIX + "x".repeat(ApiTokenService.NAME_MAX_LENGTH), "lanhdao.tinh",
                ApiTokenPurpose.READ)).hasMessageContaining("apiToken.error.nameTooLong");
        assertThatThrownBy(() -> tokens.issue(PREFIX + "a", "", ApiTokenPurpose.READ))
                .hasMessageContaining("apiToken.error.userRequired");
        assertThatThrownBy(() -> tokens.issue(PREFIX + "a", "no.such.user", ApiTokenPurpose.READ))
                .hasMessageContaining("apiToken.error.unknownUser");
        assertThatThrownBy(() -> tokens.issue(PREFIX + "a", "lanhdao.tinh", null))
                .hasMessageContaining("apiToken.error.purposeRequired");
        assertThatThrownBy(() -> tokens.issue(PREFIX + "a", OFFICER, ApiTokenPurpose.READ))
                .hasMessageContaining("apiToken.error.userCannotRead");
        assertThat(count()).isZero();
    }

    @Test
    void revokingStopsTheTokenOnceAndForAll() {
        IssuedApiToken issued = tokens.issue(PREFIX + "revoke me", "thanhtra", ApiTokenPurpose.READ);
        tokens.revoke(issued.details().id());
        tokens.revoke(issued.details().id());
        assertThat(tokens.list()).filteredOn(t -> t.id() == issued.details().id()).singleElement()
                .satisfies(t -> assertThat(t.isRevoked()).isTrue());
        assertThatThrownBy(() -> tokens.revoke(-1)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("apiToken.error.unknownToken");
    }

    @Test
    void onlyAdministratorsManageTokens() {
        IssuedApiToken issued = tokens.issue(PREFIX + "admin's", "lanhdao.tinh", ApiTokenPurpose.READ);
        for (String user : new String[] {"lanhdao.tinh", "lanhdao.anxuyen", "thanhtra", "nhansu"}) {
            TestLogins.loginAs(users, user);
            assertThatThrownBy(() -> tokens.issue(PREFIX + "mine", user, ApiTokenPurpose.READ))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.list()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.owners()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.revoke(issued.details().id())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(count()).isEqualTo(1);
    }
}
