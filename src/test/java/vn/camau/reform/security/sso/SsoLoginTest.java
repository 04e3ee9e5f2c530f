package vn.camau.reform.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.AUDIT_ENTRY;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.repository.UserRepository;
import vn.camau.reform.security.audit.AuditAction;

/**
 * Single sign-on end to end: the dashboard on a random port, configured only by its properties (issuer,
 * client id and secret, local login switched off), against a real OpenID Connect provider (Spring
 * Authorization Server, {@link TestIdentityProvider}) on another port. An HTTP client that keeps cookies
 * walks the real redirects: the dashboard's sign-in start, the provider's login form, the callback.
 * Runs in a JVM of its own (tag "sso"): a second web server would replace the security-context
 * strategy the other tests' signed-in users rely on.
 */
@Tag("sso")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.sso.client-id=" + TestIdentityProvider.CLIENT_ID,
        "app.sso.client-secret=" + TestIdentityProvider.CLIENT_SECRET,
        "app.sso.local-login=false"})
@ActiveProfiles("test")
@Import({SsoLoginTest.WhoAmI.class, SsoLoginTest.WhoAmISecurity.class})
class SsoLoginTest {

    /** The signed-in user as the rest of the application sees them, through CurrentUser. */
    @RestController
    static class WhoAmI {
        private final CurrentUser currentUser;

        WhoAmI(CurrentUser currentUser) {
            this.currentUser = currentUser;
        }

        @GetMapping("/test-sso/whoami")
        String whoAmI() {
            AppUser user = currentUser.require();
            return "username=" + user.username() + " roles=" + user.roles().stream().map(Role::name).sorted().toList()
                    + " unitPath=" + user.unitPath() + " mustChangePassword=" + currentUser.mustChangePassword()
                    + " authentication="
                    + SecurityContextHolder.getContext().getAuthentication().getClass().getSimpleName();
        }
    }

    /**
     * The probe's own chain (the dashboard's denies any path it does not know): signed-in users only,
     * read from the same session as every page.
     */
    static class WhoAmISecurity {
        @Bean
        @Order(0)
        SecurityFilterChain whoAmIChain(HttpSecurity http) throws Exception {
            LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
            login.setFavorRelativeUris(true);
            return http.securityMatcher("/test-sso/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .exceptionHandling(ex -> ex.authenticationEntryPoint(login))
                    .build();
        }
    }

    private static final String EMAIL_ACCOUNT = "sso.theo.email";
    private static final String DISABLED_ACCOUNT = "sso.bi.khoa";
    /** An account given a one-time password (now expired) that its user never used: they come by SSO. */
    private static final String ONE_TIME_ACCOUNT = "sso.mot.lan";
    private static TestIdentityProvider.Started provider;

    static {
        // the provider's users: login name there → the claims it vouches for
        TestIdentityProvider.CLAIMS.put("ldax", Map.of("preferred_username", "LanhDao.AnXuyen",
                "email", "someone.else@camau.gov.vn", "email_verified", true));
        TestIdentityProvider.CLAIMS.put("theo-email", Map.of("preferred_username", "khong.trung.ten",
                "email", "SSO.Theo.Email@CaMau.gov.vn", "email_verified", true));
        TestIdentityProvider.CLAIMS.put("chua-xac-minh", Map.of("preferred_username", "khong.trung.ten.2",
                "email", "sso.theo.email@camau.gov.vn", "email_verified", false));
        TestIdentityProvider.CLAIMS.put("nguoi-la", Map.of("preferred_username", "nguoi.la",
                "email", "nguoi.la@example.vn", "email_verified", true));
        TestIdentityProvider.CLAIMS.put("bi-khoa", Map.of("preferred_username", DISABLED_ACCOUNT));
        TestIdentityProvider.CLAIMS.put("mot-lan", Map.of("preferred_username", ONE_TIME_ACCOUNT));
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        if (provider == null) {
            provider = TestIdentityProvider.start();
        }
        registry.add("app.sso.issuer-uri", provider::issuer);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.stop();
            provider = null;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    UserRepository users;
    @Autowired
    DSLContext dsl;

    SsoBrowser browser;
    String app;

    @BeforeEach
    void setUp() {
        // the dashboard as localhost, the provider as 127.0.0.1: each keeps its own cookies
        browser = new SsoBrowser(port, provider.issuer());
        app = browser.app;
        provider.registerDashboard(app + "/login/oauth2/code/" + SsoSettings.REGISTRATION_ID);
        long unit = users.findCurrentUnitId("32002").orElseThrow();
        account(EMAIL_ACCOUNT, unit, Set.of(Role.OFFICER));
        dsl.update(APP_USER).set(APP_USER.EMAIL, "sso.theo.email@camau.gov.vn")
                .where(APP_USER.USERNAME.eq(EMAIL_ACCOUNT)).execute();
        account(DISABLED_ACCOUNT, unit, Set.of(Role.OFFICER));
        dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.USERNAME.eq(DISABLED_ACCOUNT)).execute();
        account(ONE_TIME_ACCOUNT, unit, Set.of(Role.OFFICER));
        dsl.update(APP_USER).set(APP_USER.MUST_CHANGE_PASSWORD, true)
                .set(APP_USER.PASSWORD_EXPIRES_AT, java.time.LocalDateTime.now().minusDays(1))
                .where(APP_USER.USERNAME.eq(ONE_TIME_ACCOUNT)).execute();
    }

    private void account(String username, long unit, Set<Role> roles) {
        if (!users.exists(username)) {
            users.insert(username, "{noop}not-used-" + username, "Tài khoản thử SSO", unit, roles);
        }
    }

    @Test
    void aKnownUserSignsInThroughTheProviderWithTheirOwnRolesAndScope() throws Exception {
        long signInsBefore = signIns("lanhdao.anxuyen");
        String landing = browser.signInAtProvider("ldax");
        assertThat(landing).isEqualTo("/");

        HttpResponse<String> me = browser.get(app + "/test-sso/whoami");
        assertThat(me.statusCode()).isEqualTo(200);
        // the name the provider sent ("LanhDao.AnXuyen") made canonical; roles and unit from this application
        assertThat(me.body()).contains("username=lanhdao.anxuyen ").contains("roles=[UNIT_LEADER] ")
                .contains("authentication=SsoAuthentication");
        String unitPath = String.valueOf(dsl.fetchValue("select u.path from admin_unit u join app_user a "
                + "on a.unit_id = u.id where a.username = 'lanhdao.anxuyen'"));
        assertThat(me.body()).contains("unitPath=" + unitPath + " ");
        // and the application's pages open
        assertThat(browser.get(app + "/").statusCode()).isEqualTo(200);
        assertThat(signIns("lanhdao.anxuyen")).isEqualTo(signInsBefore + 1);
        assertThat(dsl.select(AUDIT_ENTRY.AFTER_STATE).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTION.eq(AuditAction.SIGN_IN), AUDIT_ENTRY.ACTOR_NAME.eq("lanhdao.anxuyen"))
                .orderBy(AUDIT_ENTRY.ID.desc()).limit(1).fetchOne(AUDIT_ENTRY.AFTER_STATE)).contains("oidc");
    }

    @Test
    void aSingleSignOnIsNeverHeldToALocalOneTimePassword() throws Exception {
        assertThat(browser.signInAtProvider("mot-lan")).isEqualTo("/");
        assertThat(browser.get(app + "/test-sso/whoami").body()).contains("username=" + ONE_TIME_ACCOUNT + " ")
                .contains("mustChangePassword=false");

        // an administrator's change refreshes the session's account on its next page request: still not forced
        dsl.update(APP_USER).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.USERNAME.eq(ONE_TIME_ACCOUNT)).execute();
        assertThat(browser.get(app + "/").statusCode()).isEqualTo(200);
        assertThat(browser.get(app + "/test-sso/whoami").body()).contains("username=" + ONE_TIME_ACCOUNT + " ")
                .contains("mustChangePassword=false");
    }

    @Test
    void anIdentityWhoseNameMatchesNoAccountIsMatchedByItsVerifiedEmail() throws Exception {
        assertThat(browser.signInAtProvider("theo-email")).isEqualTo("/");
        assertThat(browser.get(app + "/test-sso/whoami").body()).contains("username=" + EMAIL_ACCOUNT + " ")
                .contains("roles=[OFFICER] ");
    }

    @Test
    void anUnknownIdentityGetsTheClearPageAndNoAccount() throws Exception {
        int accounts = dsl.fetchCount(APP_USER);
        String landing = browser.signInAtProvider("nguoi-la");
        assertThat(landing).isEqualTo(SsoSettings.ERROR_PATH + "?reason=no-account");
        HttpResponse<String> page = browser.get(app + landing);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Không có tài khoản nào trên hệ thống ứng với danh tính này")
                .contains("No account in this dashboard matches this identity")
                .contains("quản trị viên").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(accounts);
        assertThat(users.exists("nguoi.la")).isFalse();
        assertNotSignedIn();
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq(AuditAction.SIGN_IN_FAILED)
                .and(AUDIT_ENTRY.ACTOR_NAME.eq("nguoi.la")))).isPositive();
    }

    @Test
    void anUnverifiedEmailMatchesNothing() throws Exception {
        assertThat(browser.signInAtProvider("chua-xac-minh")).isEqualTo(SsoSettings.ERROR_PATH + "?reason=no-account");
        assertNotSignedIn();
    }

    @Test
    void aDisabledAccountIsRefused() throws Exception {
        assertThat(browser.signInAtProvider("bi-khoa")).isEqualTo(SsoSettings.ERROR_PATH + "?reason=disabled");
        assertThat(browser.get(app + SsoSettings.ERROR_PATH + "?reason=disabled").body()).contains("vô hiệu hóa");
        assertNotSignedIn();
    }

    @Test
    void aTamperedStateOnTheCallbackGetsTheClearPage() throws Exception {
        String callback = browser.callbackFromProvider("ldax");
        Matcher state = Pattern.compile("state=([^&]+)").matcher(callback);
        assertThat(state.find()).isTrue();
        String tampered = callback.replace("state=" + state.group(1), "state=" + state.group(1) + "x");
        HttpResponse<String> answer = browser.get(tampered);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(SsoBrowser.location(answer)).isEqualTo(SsoSettings.ERROR_PATH + "?reason=state");
        HttpResponse<String> page = browser.get(app + SsoBrowser.location(answer));
        assertThat(page.body()).contains("Phiên đăng nhập không hợp lệ hoặc đã hết hạn")
                .contains("The sign-in was not valid or has expired").doesNotContain("Exception");
        assertNotSignedIn();
    }

    @Test
    void anErrorFromTheProviderGetsTheClearPage() throws Exception {
        HttpResponse<String> start = browser.get(app + SsoSettings.START_PATH);
        Matcher state = Pattern.compile("[?&]state=([^&]+)").matcher(SsoBrowser.location(start));
        assertThat(state.find()).isTrue();
        HttpResponse<String> answer = browser.get(app + "/login/oauth2/code/sso?error=access_denied&error_description="
                + "The+user+said+no&state=" + state.group(1));
        assertThat(SsoBrowser.location(answer)).isEqualTo(SsoSettings.ERROR_PATH + "?reason=provider");
        assertThat(browser.get(app + SsoBrowser.location(answer)).body()).contains("đã từ chối hoặc trả lời lỗi");
        assertNotSignedIn();
    }

    @Test
    void withLocalLoginSwitchedOffTheFormAndHttpBasicAreRefused() throws Exception {
        HttpResponse<String> form = browser.passwordLogin("admin", "demo");
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(SsoBrowser.location(form)).isEqualTo("/login?error=sso-only");
        assertNotSignedIn();

        HttpResponse<String> basic = browser.basic("/api/v1/indicators?unit=96&from=2026-01-01&to=2026-01-31",
                "admin", "demo");
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    private void assertNotSignedIn() throws Exception {
        HttpResponse<String> me = browser.get(app + "/test-sso/whoami");
        assertThat(me.statusCode()).isEqualTo(302);
        assertThat(SsoBrowser.location(me)).isEqualTo("/login");
    }

    private long signIns(String username) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq(AuditAction.SIGN_IN).and(AUDIT_ENTRY.ACTOR_NAME.eq(username)));
    }
}
