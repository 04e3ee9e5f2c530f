package vn.camau.reform.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import vn.camau.reform.AppTest;

/** Issue 18: a favicon (404 on every load before), and pages sent compressed (374 KiB before). */
@AppTest
class FaviconAndCompressionTest {

    @Value("${local.server.port}")
    int port;

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    @Test
    void theFaviconIsServedToAnyoneAndNamedByThePage() throws Exception {
        HttpResponse<byte[]> icon = get("/favicon.ico", null);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
        String page = new String(get("/login", null).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).containsPattern("<link[^>]*href=\"favicon\\.ico\"[^>]*rel=\"icon\"");
    }

    @Test
    void pagesAreGzippedForBrowsersThatAcceptIt() throws Exception {
        HttpResponse<byte[]> page = get("/login", "gzip");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        String html = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<html");
        assertThat(get("/login", null).headers().firstValue("Content-Encoding")).isEmpty();
    }
}
