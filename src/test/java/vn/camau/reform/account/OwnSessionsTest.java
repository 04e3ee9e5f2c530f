package vn.camau.reform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.AUDIT_ENTRY;

import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.security.OpenSession;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.audit.AuditAction;

/**
 * "End all my other sessions" through the real filter chain: the register lists the user's sessions, the
 * other one ends on its next request (the revocation is the account's, in the database, so any node
 * sees it), the asking one goes on, and exactly one SESSION_ENDED entry is left.
 */
@AppTest
@Transactional // MockMvc runs on the test thread: the account and its audit entries roll back
class OwnSessionsTest {

    private static final String NAME = "phien.rieng";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    OwnAccountService own;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
        RequestContextHolder.resetRequestAttributes();
    }

    private MockHttpSession signIn(String password) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(NAME).password(password))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        // its first signed-in request notes it in the register
        mvc.perform(get("/").session(session)).andExpect(authenticated());
        return session;
    }

    /** Runs as a request of that session would: its signed-in user and its HTTP session. */
    private <T> T inSession(MockHttpSession session, java.util.function.Supplier<T> action) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.setContext((SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void endingTheOtherSessionsEndsThemOnTheirNextRequestAndKeepsThisOne() throws Exception {
        long unit = dsl.select(ADMIN_UNIT.ID).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.CODE.eq("32002"), ADMIN_UNIT.VALID_TO.isNull()).fetchSingle(ADMIN_UNIT.ID);
        TestLogins.loginAs(users, "admin");
        IssuedPassword issued = accounts.create(new AccountForm(NAME, "Phiên Riêng", null, unit,
                Set.of(Role.OFFICER), null));
        TestLogins.logout();
        MockHttpSession mine = signIn(issued.oneTimePassword());
        MockHttpSession other = signIn(issued.oneTimePassword());
        long userId = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(NAME)).fetchSingle(APP_USER.ID);

        List<OpenSession> listed = inSession(mine, own::openSessions);
        assertThat(listed).hasSize(2);
        assertThat(listed).filteredOn(OpenSession::current).hasSize(1);
        assertThat(listed).allSatisfy(s -> assertThat(s.method()).isEqualTo("FORM"));

        Thread.sleep(5);
        assertThat(inSession(mine, own::endOtherSessions)).isEqualTo(1);

        mvc.perform(get("/").session(other)).andExpect(unauthenticated());
        assertThat(other.isInvalid()).isTrue();
        mvc.perform(get("/").session(mine)).andExpect(authenticated());
        assertThat(mine.isInvalid()).isFalse();
        assertThat(inSession(mine, own::openSessions)).singleElement().matches(OpenSession::current);
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq(AuditAction.SESSION_ENDED)
                .and(AUDIT_ENTRY.OBJECT_ID.eq(String.valueOf(userId))))).isEqualTo(1);
    }
}
