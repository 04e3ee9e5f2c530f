package vn.camau.reform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.camau.reform.jooq.Tables.APP_USER;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.camau.reform.AppTest;
import vn.camau.reform.security.repository.UserRepository;

/**
 * The sign-in findings of the go-live review, through the real filter chain: every spelling of a
 * name counts against its one account (form and HTTP Basic), the login form needs its CSRF token,
 * a guesser is stopped before bcrypt runs, and a remembered Basic password dies with a new one.
 */
@AppTest
class LoginHardeningTest {

    private static final String API = "/api/v1/indicators?unit=96&from=2026-01-01&to=2026-01-31";
    /** Each test signs in from its own address, so the per-client throttle of one never meets another. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** " nhansu", an em space, upper case, a zero-width space, full-width letters, a no-break space. */
    static final List<String> SPELLINGS = List.of(" nhansu", "\u2003nhansu", "NHANSU", "nhansu\u200B",
            "ｎｈａｎｓｕ", "\u00A0NhanSu ");

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    LoginPolicy policy;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    DSLContext dsl;

    MockMvc mvc;
    String client;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        client = "10.77.0." + CLIENTS.incrementAndGet();
        users.unlock("nhansu");
        throttle.forget("nhansu");
    }

    @AfterEach
    void unlock() {
        users.unlock("nhansu");
        throttle.forget("nhansu");
    }

    private RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The login form as Vaadin's login page posts it: name, password and the CSRF token. */
    private MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(client));
    }

    private int failedAttempts() {
        return dsl.select(APP_USER.FAILED_ATTEMPTS).from(APP_USER).where(APP_USER.USERNAME.eq("nhansu"))
                .fetchSingle(APP_USER.FAILED_ATTEMPTS);
    }

    @Test
    void everySpellingOfTheNameSignsInToTheSameAccount() throws Exception {
        for (String spelling : SPELLINGS) {
            mvc.perform(login(spelling, "demo"))
                    .andExpect(authenticated().withUsername("nhansu"));
        }
    }

    @Test
    void wrongPasswordsUnderPaddedOrRefoldedNamesLockTheAccountThroughTheForm() throws Exception {
        for (int i = 0; i < policy.maxFailedAttempts(); i++) {
            String spelling = SPELLINGS.get(i % SPELLINGS.size());
            mvc.perform(login(spelling, "wrong" + i))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
            assertThat(failedAttempts()).as("after '%s'", spelling).isEqualTo(i + 1);
        }
        // locked now, whatever the spelling and even with the right password
        mvc.perform(login("nhansu", "demo"))
                .andExpect(unauthenticated());
        mvc.perform(login("\u2003nhansu", "demo"))
                .andExpect(unauthenticated());
    }

    @Test
    void wrongPasswordsUnderPaddedNamesLockTheAccountThroughHttpBasic() throws Exception {
        for (int i = 0; i < policy.maxFailedAttempts(); i++) {
            String spelling = SPELLINGS.get((i + 1) % SPELLINGS.size());
            mvc.perform(get(API).with(httpBasic(spelling, "wrong" + i)).with(from(client)))
                    .andExpect(status().isUnauthorized());
            assertThat(failedAttempts()).as("after '%s'", spelling).isEqualTo(i + 1);
        }
        mvc.perform(get(API).with(httpBasic("nhansu", "demo")).with(from(client)))
                .andExpect(status().isUnauthorized());
        users.unlock("nhansu");
        mvc.perform(get(API).with(httpBasic(" NHANSU ", "demo")).with(from(client))).andExpect(status().isOk());
    }

    @Test
    void aNameNoAccountCanBearIsRefusedLikeAWrongPassword() throws Exception {
        for (String name : List.of("nhân sự", "nhan\u0000su", "nhan\u001bsu", "nhansu\nadmin", "n", "x".repeat(500), "")) {
            mvc.perform(login(name, "demo"))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(failedAttempts()).isZero();
    }

    @Test
    void theLoginFormWithoutItsCsrfTokenSignsNobodyIn() throws Exception {
        // what an attacker's page would post: no token, or a made-up one
        mvc.perform(post("/login").param("username", "nhansu").param("password", "demo").with(from(client)))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=expired"));
        mvc.perform(post("/login").param("username", "nhansu").param("password", "demo").param("_csrf", "forged")
                        .with(from(client)))
                .andExpect(unauthenticated());
        // (that the login page hands its token to Vaadin's login form: ProxyDeploymentTest, over real HTTP)
    }

    @Test
    void aClientThatKeepsFailingIsStoppedBeforeAnyPasswordIsChecked() throws Exception {
        for (int i = 0; i < policy.clientMaxFailures(); i++) {
            mvc.perform(get(API).with(httpBasic("made.up." + i, "guess")).with(from(client)))
                    .andExpect(status().isUnauthorized());
        }
        // even the right password is not checked now: 429 with when to come back
        mvc.perform(get(API).with(httpBasic("nhansu", "demo")).with(from(client)))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith("application/json"));
        mvc.perform(login("nhansu", "demo"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=wait"));
        assertThat(failedAttempts()).as("no password was checked for nhansu").isZero();
        // another client is not held back by this one
        mvc.perform(get(API).with(httpBasic("nhansu", "demo")).with(from(client + "1"))).andExpect(status().isOk());
    }

    @Test
    void aNameGuessedFromManyAddressesIsStoppedToo() throws Exception {
        String name = "no.such.person." + CLIENTS.incrementAndGet();
        for (int i = 0; i < policy.nameMaxFailures(); i++) {
            mvc.perform(get(API).with(httpBasic(name, "guess" + i)).with(from("10.78." + i + ".1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get(API).with(httpBasic(name, "guess")).with(from("10.79.0.1")))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void aRememberedBasicPasswordStopsWorkingWhenThePasswordChanges() throws Exception {
        mvc.perform(get(API).with(httpBasic("nhansu", "demo")).with(from(client))).andExpect(status().isOk());
        String demoHash = dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USERNAME.eq("nhansu"))
                .fetchSingle(APP_USER.PASSWORD_HASH);
        try {
            dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH,
                            context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                                    .encode("a-new-long-password"))
                    .where(APP_USER.USERNAME.eq("nhansu")).execute();
            mvc.perform(get(API).with(httpBasic("nhansu", "demo")).with(from(client)))
                    .andExpect(status().isUnauthorized());
            mvc.perform(get(API).with(httpBasic("nhansu", "a-new-long-password")).with(from(client)))
                    .andExpect(status().isOk());
        } finally {
            dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, demoHash).where(APP_USER.USERNAME.eq("nhansu")).execute();
        }
    }
}
