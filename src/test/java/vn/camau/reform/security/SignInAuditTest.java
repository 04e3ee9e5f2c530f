package vn.camau.reform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.camau.reform.jooq.Tables.APP_USER;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.AppTest;
import vn.camau.reform.jooq.tables.records.AuditEntryRecord;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEntries;
import vn.camau.reform.security.repository.UserRepository;

/**
 * Sign-in events through the real filter chain (form login, HTTP Basic, logout): each leaves exactly
 * one entry with the account, its unit and the client's address. The account is this test's own,
 * with a new password each test, so no password remembered by another test hides a check.
 */
@AppTest
class SignInAuditTest {

    private static final String NAME = "audit.dangnhap";
    /** Phường An Xuyên. */
    private static final long UNIT = 100;
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginPolicy policy;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    DSLContext dsl;
    @Autowired
    AuditEntries entries;

    MockMvc mvc;
    String client;
    String password;
    long accountId;
    long mark;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        client = "10.78.0." + CLIENTS.incrementAndGet();
        password = "Mật-khẩu-" + System.nanoTime();
        if (!users.exists(NAME)) {
            users.insert(NAME, encoder.encode(password), "Kiểm thử Nhật ký", UNIT, Set.of(Role.HR));
        }
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, encoder.encode(password))
                .where(APP_USER.USERNAME.eq(NAME)).execute();
        users.unlock(NAME);
        throttle.forget(NAME);
        accountId = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(NAME)).fetchSingle(APP_USER.ID);
        mark = entries.mark();
    }

    @AfterEach
    void tearDown() {
        users.unlock(NAME);
        throttle.forget(NAME);
    }

    private RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletRequestBuilder login(String username, String pass) {
        return post("/login").param("username", username).param("password", pass).with(csrf()).with(from(client));
    }

    private void isAboutTheAccount(AuditEntryRecord e) {
        assertThat(e.getActorId()).isEqualTo(accountId);
        assertThat(e.getActorName()).isEqualTo(NAME);
        assertThat(e.getClientIp()).isEqualTo(client);
        assertThat(e.getObjectType()).isEqualTo("ACCOUNT");
        assertThat(e.getObjectId()).isEqualTo(String.valueOf(accountId));
        assertThat(e.getUnitId()).isEqualTo(UNIT);
    }

    private static Object after(AuditEntryRecord e, String key) {
        return JSON.readValue(e.getAfterState(), java.util.Map.class).get(key);
    }

    @Test
    void aFormSignInIsOneEntry() throws Exception {
        mvc.perform(login(NAME.toUpperCase(), password)).andExpect(authenticated().withUsername(NAME));

        AuditEntryRecord e = entries.only(mark, AuditAction.SIGN_IN);
        isAboutTheAccount(e);
        assertThat(after(e, "method")).isEqualTo("FORM");
        assertThat(entries.since(mark)).hasSize(1);
    }

    @Test
    void aWrongPasswordIsOneFailedEntryAndNoSignIn() throws Exception {
        mvc.perform(login(NAME, "sai-mat-khau")).andExpect(unauthenticated());

        AuditEntryRecord e = entries.only(mark, AuditAction.SIGN_IN_FAILED);
        isAboutTheAccount(e);
        assertThat(after(e, "reason")).isEqualTo("BAD_PASSWORD");
        assertThat(entries.since(mark)).hasSize(1);
    }

    @Test
    void anUnknownNameIsOneFailedEntryWithTheNameAsTypedAndNoAccount() throws Exception {
        mvc.perform(login("khong.co.ai", "bat-ky")).andExpect(unauthenticated());

        AuditEntryRecord e = entries.only(mark, AuditAction.SIGN_IN_FAILED);
        assertThat(e.getActorId()).isNull();
        assertThat(e.getActorName()).isEqualTo("khong.co.ai");
        assertThat(e.getClientIp()).isEqualTo(client);
        assertThat(e.getUnitId()).isNull();
        assertThat(after(e, "reason")).isEqualTo("UNKNOWN_USER");
    }

    @Test
    void theFailureThatLocksTheAccountIsOneLockOutEntry() throws Exception {
        for (int i = 0; i < policy.maxFailedAttempts(); i++) {
            mvc.perform(login(NAME, "sai-" + i)).andExpect(unauthenticated());
        }
        assertThat(entries.since(mark, AuditAction.SIGN_IN_FAILED)).hasSize(policy.maxFailedAttempts());
        AuditEntryRecord locked = entries.only(mark, AuditAction.LOCKED_OUT);
        isAboutTheAccount(locked);
        assertThat(after(locked, "locked")).isEqualTo(true);

        // the right password while locked: refused, said why, no second lock-out
        long lockedMark = entries.mark();
        mvc.perform(login(NAME, password)).andExpect(unauthenticated());
        assertThat(after(entries.only(lockedMark, AuditAction.SIGN_IN_FAILED), "reason")).isEqualTo("LOCKED");
        assertThat(entries.since(lockedMark, AuditAction.LOCKED_OUT)).isEmpty();
        assertThat(entries.since(lockedMark, AuditAction.SIGN_IN)).isEmpty();
    }

    @Test
    void httpBasicCountsTheCheckedPasswordOnceNotEveryRequest() throws Exception {
        String api = "/api/v1/indicators?unit=96&from=2026-01-01&to=2026-01-31";
        mvc.perform(get(api).with(httpBasic(NAME, password)).with(from(client)));
        mvc.perform(get(api).with(httpBasic(NAME, password)).with(from(client)));

        AuditEntryRecord e = entries.only(mark, AuditAction.SIGN_IN);
        isAboutTheAccount(e);
        assertThat(after(e, "method")).isEqualTo("HTTP_BASIC");

        mvc.perform(get(api).with(httpBasic(NAME, "sai")).with(from(client)));
        assertThat(after(entries.only(mark, AuditAction.SIGN_IN_FAILED), "method")).isEqualTo("HTTP_BASIC");
    }

    @Test
    void signingOutIsOneEntry() throws Exception {
        AppUserPrincipal principal = users.findPrincipal(NAME).orElseThrow();
        mvc.perform(post("/logout").with(csrf()).with(from(client)).with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()))));

        isAboutTheAccount(entries.only(mark, AuditAction.SIGN_OUT));
    }
}
