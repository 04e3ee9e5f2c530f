package vn.camau.reform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.camau.reform.AppTest;
import vn.camau.reform.RawHttp;
import vn.camau.reform.RawHttp.Response;

/**
 * The dashboard as a province deploys it, behind a TLS proxy, over real HTTP: the proxy (here
 * 127.0.0.2, the trusted address of the test profile) says https and who the client is, and is
 * believed; a client (127.0.0.1) saying the same is not. No redirect echoes a Host header.
 */
@AppTest
class ProxyDeploymentTest {

    private static final String PROXY = "127.0.0.2";
    private static final String CLIENT = "127.0.0.1";

    @LocalServerPort
    int port;
    @Autowired
    LoginPolicy policy;

    private Response get(String from, String path, String... headers) {
        return RawHttp.send(from, port, "GET " + path + " HTTP/1.1\nHost: cchc.camau.gov.vn\n"
                + String.join("\n", headers), new byte[0]);
    }

    @Test
    void behindTheProxyTheSessionCookieIsSecureAndHstsIsSent() {
        Response page = get(PROXY, "/login", "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.9");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
        assertThat(page.header("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        // and the login page hands Spring's CSRF token to Vaadin's login form
        assertThat(page.body()).contains("<meta name=\"_csrf\" content=\"").contains("<meta name=\"_csrf_parameter\"");
        // once: Vaadin writes them too, and two tokens in one head leave the form to pick one
        assertThat(page.body().split("<meta name=\"_csrf\"", -1)).hasSize(2);
    }

    @Test
    void aClientClaimingHttpsItselfIsNotBelieved() {
        Response page = get(CLIENT, "/login", "X-Forwarded-Proto: https");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
        assertThat(page.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aForgedHostIsNeverEchoedIntoTheLoginRedirect() {
        Response direct = RawHttp.send(CLIENT, port, "GET /units HTTP/1.1\nHost: evil.example", new byte[0]);
        assertThat(direct.status()).isEqualTo(302);
        assertThat(direct.header("Location")).hasValue("/login");
        Response proxied = get(PROXY, "/units", "X-Forwarded-Proto: https", "X-Forwarded-Host: evil.example");
        assertThat(proxied.status()).isEqualTo(302);
        assertThat(proxied.header("Location")).hasValue("/login");
    }

    @Test
    void theLoginFormPostedWithoutItsTokenSignsNobodyIn() {
        byte[] form = "username=nhansu&password=demo".getBytes(StandardCharsets.UTF_8);
        Response answer = RawHttp.send(CLIENT, port, "POST /login HTTP/1.1\nHost: cchc.camau.gov.vn\n"
                + "Content-Type: application/x-www-form-urlencoded", form);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).hasValue("/login?error=expired");
    }

    @Test
    void theThrottleCountsTheClientTheProxyNamesAndOnlyFromTheProxy() {
        String guesser = "203.0.113." + (20 + (System.nanoTime() & 0x3F));
        for (int i = 0; i < policy.clientMaxFailures(); i++) {
            assertThat(basic(PROXY, guesser, "made.up.proxy." + i, "guess").status()).isEqualTo(401);
        }
        assertThat(basic(PROXY, guesser, "nhansu", "demo").status()).as("that client is held back").isEqualTo(429);
        assertThat(basic(PROXY, "198.51.100.7", "nhansu", "demo").status()).as("another client is not").isEqualTo(200);
        // a direct client cannot borrow (or escape under) another address by naming it
        assertThat(basic(CLIENT, "198.51.100.7", "nhansu", "demo").status()).isEqualTo(200);
    }

    private Response basic(String from, String forwardedFor, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return get(from, "/api/v1/indicators?unit=96&from=2026-01-01&to=2026-01-31",
                "X-Forwarded-For: " + forwardedFor, "Authorization: Basic " + credentials);
    }
}
