package vn.camau.reform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.camau.reform.AppTest;
import vn.camau.reform.security.repository.UserRepository;

/** The real filter chain: form login against the users table, lock-out, and the response headers. */
@AppTest
class LoginTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserRepository users;
    @Autowired
    LoginPolicy policy;
    @Autowired
    LoginThrottle throttle;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(context.getBean(SecurityHeadersFilter.class))
                .apply(springSecurity()).build();
        users.unlock("nhansu");
        throttle.forget("nhansu");
    }

    @AfterEach
    void unlock() {
        users.unlock("nhansu");
        throttle.forget("nhansu");
    }

    @Test
    void aDemoUserSignsInWithTheDemoPassword() throws Exception {
        mvc.perform(formLogin("/login").user("nhansu").password("demo"))
                .andExpect(authenticated().withUsername("nhansu").withRoles("HR"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        mvc.perform(formLogin("/login").user("nhansu").password("wrong"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("no.such.user").password("wrong"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < policy.maxFailedAttempts(); i++) {
            mvc.perform(formLogin("/login").user("nhansu").password("wrong" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("nhansu").password("demo"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        users.unlock("nhansu");
        mvc.perform(formLogin("/login").user("nhansu").password("demo")).andExpect(authenticated());
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() throws Exception {
        // first a sign-in, so the password is remembered (VerifiedPasswords) and the next one is not
        // checked by bcrypt again: it must reset the failures all the same
        mvc.perform(formLogin("/login").user("nhansu").password("demo")).andExpect(authenticated());
        for (int i = 0; i < policy.maxFailedAttempts() - 1; i++) {
            mvc.perform(formLogin("/login").user("nhansu").password("wrong")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("nhansu").password("demo")).andExpect(authenticated());
        mvc.perform(formLogin("/login").user("nhansu").password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("nhansu").password("demo")).andExpect(authenticated());
    }

    @Test
    void anonymousRequestsGoToLoginWithSecurityHeaders() throws Exception {
        mvc.perform(get("/units"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().exists("Content-Security-Policy"));
    }
}
