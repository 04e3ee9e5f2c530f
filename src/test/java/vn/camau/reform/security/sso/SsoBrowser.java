package vn.camau.reform.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's part in single sign-on, over plain HTTP: one cookie jar, no automatic redirects (each
 * hop is looked at), the provider's login form filled in with its CSRF token. The dashboard is reached
 * as localhost and the provider as 127.0.0.1, so each keeps its own cookies as two sites would.
 */
final class SsoBrowser {

    final String app;
    private final String issuer;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    SsoBrowser(int appPort, String issuer) {
        this.app = "http://localhost:" + appPort;
        this.issuer = issuer;
    }

    /** Signs in at the provider as that user and returns where the dashboard's callback sent the browser. */
    String signInAtProvider(String providerUser) throws Exception {
        HttpResponse<String> callback = get(callbackFromProvider(providerUser));
        assertThat(callback.statusCode()).as("callback answer").isEqualTo(302);
        return location(callback);
    }

    /** Walks the redirects from the dashboard's SSO start through the provider's login to the callback URL. */
    String callbackFromProvider(String providerUser) throws Exception {
        HttpResponse<String> start = get(app + SsoSettings.START_PATH);
        assertThat(start.statusCode()).isEqualTo(302);
        String next = location(start);
        assertThat(next).startsWith(issuer + "/oauth2/authorize");
        for (int hop = 0; hop < 10; hop++) {
            if (next.startsWith(app + "/login/oauth2/code/")) {
                return next;
            }
            HttpResponse<String> answer = get(next);
            if (answer.statusCode() == 200 && answer.body().contains("name=\"password\"")) {
                Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(answer.body());
                assertThat(csrf.find()).as("the provider's login form").isTrue();
                answer = post(issuer + "/login", Map.of("username", providerUser,
                        "password", TestIdentityProvider.PASSWORD, "_csrf", csrf.group(1)));
            }
            assertThat(answer.statusCode()).as("answer of %s", next).isEqualTo(302);
            next = URI.create(next).resolve(location(answer)).toString();
        }
        throw new AssertionError("the provider never sent the browser back");
    }

    /** The dashboard's login form, posted with the CSRF token its page hands out. */
    HttpResponse<String> passwordLogin(String username, String password) throws Exception {
        HttpResponse<String> loginPage = get(app + "/login");
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        return post(app + "/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
    }

    HttpResponse<String> basic(String path, String username, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app + path)).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = String.join("&", form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(),
                StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
