package vn.camau.reform.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on as most provinces will first switch it on: beside the name and password, which keep
 * working (the form and HTTP Basic on the API), while the provider signs its users in too. Its own
 * JVM, like {@link SsoLoginTest} (tag "sso", one JVM per class).
 */
@Tag("sso")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.sso.client-id=" + TestIdentityProvider.CLIENT_ID,
        "app.sso.client-secret=" + TestIdentityProvider.CLIENT_SECRET})
@ActiveProfiles("test")
class SsoBesideLocalLoginTest {

    private static TestIdentityProvider.Started provider;

    static {
        TestIdentityProvider.CLAIMS.put("ldax", Map.of("preferred_username", "lanhdao.anxuyen"));
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
    SsoBrowser browser;

    @BeforeEach
    void setUp() {
        browser = new SsoBrowser(port, provider.issuer());
        provider.registerDashboard(browser.app + "/login/oauth2/code/" + SsoSettings.REGISTRATION_ID);
    }

    @Test
    void theFormStillSignsIn() throws Exception {
        HttpResponse<String> form = browser.passwordLogin("nhansu", "demo");
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(SsoBrowser.location(form)).doesNotContain("error");
        assertThat(browser.get(browser.app + "/").statusCode()).isEqualTo(200);
    }

    @Test
    void httpBasicOnTheApiStillWorks() throws Exception {
        assertThat(browser.basic("/api/v1/indicators?unit=96&from=2026-01-01&to=2026-01-31", "nhansu", "demo")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void andTheProviderSignsItsUsersIn() throws Exception {
        assertThat(browser.get(browser.app + "/").statusCode()).as("not signed in yet").isEqualTo(302);
        // back to the page first asked for (Spring's request cache marks it "?continue")
        assertThat(browser.signInAtProvider("ldax")).isEqualTo("/?continue");
        assertThat(browser.get(browser.app + "/").statusCode()).isEqualTo(200);
    }
}
