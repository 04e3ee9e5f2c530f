package vn.camau.reform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;
import vn.camau.reform.security.Role;

/**
 * The real filter chain: an administrator's change reaches the account's open session on its very
 * next request (new roles, or the session ended), and a disabled account's API token answers 401.
 */
@AppTest
@Transactional // MockMvc runs on the test thread: the account and its token roll back
class AccountSessionTest {

    private static final String NAME = "phien.test";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    OwnAccountService own;

    MockMvc mvc;
    long anXuyen;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        anXuyen = dsl.select(ADMIN_UNIT.ID).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.CODE.eq("32002"), ADMIN_UNIT.VALID_TO.isNull()).fetchSingle(ADMIN_UNIT.ID);
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private <T> T asAdmin(Supplier<T> action) {
        TestLogins.loginAs(users, "admin");
        try {
            return action.get();
        } finally {
            TestLogins.logout();
        }
    }

    private IssuedPassword create(Set<Role> roles) {
        return asAdmin(() -> accounts.create(new AccountForm(NAME, "Phiên Thử", null, anXuyen, roles, null)));
    }

    private MockHttpSession signIn(String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(NAME).password(password))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
    }

    private AccountSummary current() {
        return asAdmin(() -> accounts.find(dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(NAME))
                .fetchSingle(APP_USER.ID)).orElseThrow());
    }

    @Test
    void aRoleOrUnitChangeAppliesToTheOpenSessionOnItsNextRequest() throws Exception {
        IssuedPassword issued = create(Set.of(Role.OFFICER));
        MockHttpSession session = signIn(issued.oneTimePassword());
        mvc.perform(get("/").session(session)).andExpect(authenticated().withRoles("OFFICER"));

        AccountSummary a = current();
        asAdmin(() -> accounts.update(a.id(), a.version(), new AccountForm(null, a.fullName(), null, a.unitId(),
                Set.of(Role.OFFICER, Role.HR), null)));

        mvc.perform(get("/").session(session)).andExpect(authenticated().withRoles("HR", "OFFICER"));
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void disablingEndsTheOpenSessionWithinOneRequestAndTheApiTokenAnswers401() throws Exception {
        IssuedPassword issued = create(Set.of(Role.UNIT_LEADER));
        MockHttpSession session = signIn(issued.oneTimePassword());
        mvc.perform(get("/").session(session)).andExpect(authenticated());
        String bearer = "Bearer " + asAdmin(() -> tokens.issue("phien-test", NAME, ApiTokenPurpose.READ)).token();
        String today = LocalDate.now().toString();
        mvc.perform(get("/api/v1/indicators").param("unit", "32002").param("from", today).param("to", today)
                .header("Authorization", bearer)).andExpect(status().isOk());

        AccountSummary a = current();
        asAdmin(() -> accounts.disable(a.id(), a.version()));

        mvc.perform(get("/").session(session)).andExpect(unauthenticated()).andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/api/v1/indicators").param("unit", "32002").param("from", today).param("to", today)
                .header("Authorization", bearer)).andExpect(status().isUnauthorized());
        // and it cannot sign in again
        mvc.perform(formLogin("/login").user(NAME).password(issued.oneTimePassword())).andExpect(unauthenticated());
    }

    @Test
    void aPasswordResetEndsTheOpenSessionAndTheOldPasswordStopsWorking() throws Exception {
        IssuedPassword issued = create(Set.of(Role.OFFICER));
        MockHttpSession session = signIn(issued.oneTimePassword());
        AccountSummary a = current();
        Thread.sleep(5);
        IssuedPassword reset = asAdmin(() -> accounts.resetPassword(a.id(), a.version()));

        mvc.perform(get("/").session(session)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(NAME).password(issued.oneTimePassword())).andExpect(unauthenticated());
        signIn(reset.oneTimePassword());
    }

    @Test
    void anExpiredOneTimePasswordIsRefusedWithItsOwnMessage() throws Exception {
        IssuedPassword issued = create(Set.of(Role.OFFICER));
        dsl.update(APP_USER).set(APP_USER.PASSWORD_EXPIRES_AT, LocalDateTime.now().minusMinutes(1))
                .where(APP_USER.USERNAME.eq(NAME)).execute();

        mvc.perform(formLogin("/login").user(NAME).password(issued.oneTimePassword()))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=otp-expired"));
        // a wrong password still gets the usual answer: the expiry is told only to who knows the password
        mvc.perform(formLogin("/login").user(NAME).password("wrong-password-123"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theApiRefusesAOneTimePasswordUntilItIsChangedAndSaysWhy() throws Exception {
        IssuedPassword issued = create(Set.of(Role.UNIT_LEADER));
        String today = LocalDate.now().toString();
        // a fresh request each time: a builder keeps the post-processors it was given
        Supplier<MockHttpServletRequestBuilder> api =
                () -> get("/api/v1/indicators").param("unit", "32002").param("from", today).param("to", today);

        mvc.perform(api.get().with(httpBasic(NAME, issued.oneTimePassword())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("password_change_required"));
        // a wrong password learns nothing about the account
        mvc.perform(api.get().with(httpBasic(NAME, "wrong-password-123")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("unauthorized"));

        TestLogins.loginAs(users, NAME);
        try {
            own.changePassword(issued.oneTimePassword(), "Một-mật-khẩu-mới-2026", "Một-mật-khẩu-mới-2026");
        } finally {
            TestLogins.logout();
        }
        mvc.perform(api.get().with(httpBasic(NAME, "Một-mật-khẩu-mới-2026"))).andExpect(status().isOk());
    }

    @Test
    void theApiSaysWhenAOneTimePasswordHasExpired() throws Exception {
        IssuedPassword issued = create(Set.of(Role.UNIT_LEADER));
        dsl.update(APP_USER).set(APP_USER.PASSWORD_EXPIRES_AT, LocalDateTime.now().minusMinutes(1))
                .where(APP_USER.USERNAME.eq(NAME)).execute();
        String today = LocalDate.now().toString();

        mvc.perform(get("/api/v1/indicators").param("unit", "32002").param("from", today).param("to", today)
                        .with(httpBasic(NAME, issued.oneTimePassword())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("one_time_password_expired"))
                .andExpect(jsonPath("$.message").isNotEmpty());
    }
}
