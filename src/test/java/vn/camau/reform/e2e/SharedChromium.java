package vn.camau.reform.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * One headless Debian chromium (one chromedriver, one browser process) holding many tabs, each in a
 * browser context of its own: its own cookie jar, HTTP cache and connection pool, as separate browsers
 * would have, at the cost of one renderer process per tab instead of a dozen processes per browser.
 * <p>
 * chromedriver refuses {@code Target.createBrowserContext} on a page's DevTools session ("Not allowed"),
 * so the contexts are created over a second DevTools connection to the browser itself (its
 * {@code webSocketDebuggerUrl}); the tabs opened in them show up as ordinary WebDriver windows.
 * WebDriver commands go to one window at a time: {@link #in} switches to the tab and is synchronized.
 */
final class SharedChromium implements AutoCloseable {

    /** A tab in a browser context of its own. */
    record Tab(String context, String handle) {}

    private static final Json JSON = new Json();

    private final ChromeDriver driver;
    private final WebSocket devtools;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private String current;

    SharedChromium() throws IOException, InterruptedException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(atPriority(System.getProperty("browser.binary", "/usr/bin/chromium"),
                Integer.getInteger("bench.browser-nice", 19)));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--lang=vi-VN", "--window-size=1440,900",
                // background tabs are not throttled: every tab runs its timers and draws as a front one would
                "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
                "--disable-backgrounding-occluded-windows");
        // one stuck tab makes a command fail after a minute instead of Selenium's three
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("browser.driver", "/usr/bin/chromedriver")))
                .build(), options, ClientConfig.defaultConfig().readTimeout(Duration.ofSeconds(60)));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20)).pageLoadTimeout(Duration.ofSeconds(30));
        current = driver.getWindowHandle();
        String address = (String) ((Map<?, ?>) driver.getCapabilities().getCapability("goog:chromeOptions"))
                .get("debuggerAddress");
        String version = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://" + address + "/json/version")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String url = (String) JSON.<Map<String, Object>>toType(version, Map.class).get("webSocketDebuggerUrl");
        devtools = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener()).join();
    }

    /**
     * The browser started at the given nice level (its renderers inherit it): the tabs stand in for the
     * leaders' own phones and computers, whose drawing does not run on the server's cores, so here the
     * server's work goes first when both want the CPU. 0 starts it as it is (as root: its display-critical
     * threads at nice -8, ahead of the server).
     */
    private static String atPriority(String binary, int nice) throws IOException {
        if (nice == 0) {
            return binary;
        }
        Path wrapper = Files.createTempFile("chromium-nice-", ".sh");
        // without CAP_SYS_NICE: run as root, chromium raises its display-critical threads to nice -8
        // (ahead of the server it measures); util-linux's setpriv takes the right away first
        Files.writeString(wrapper, "#!/bin/sh\nexec setpriv --inh-caps=-sys_nice --bounding-set=-sys_nice nice -n "
                + nice + " " + binary + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        wrapper.toFile().deleteOnExit();
        return wrapper.toString();
    }

    /** A new tab of the given size in a new browser context (no cookies, empty cache), on about:blank. */
    synchronized Tab open(int width, int height, String scriptOnEveryDocument) {
        String context = (String) send("Target.createBrowserContext", Map.of("disposeOnDetach", false))
                .get("browserContextId");
        String target = (String) send("Target.createTarget", Map.of("url", "about:blank", "browserContextId", context,
                "newWindow", true, "width", width, "height", height)).get("targetId");
        Tab tab = new Tab(context, target);
        in(tab, d -> {
            d.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
            if (scriptOnEveryDocument != null) {
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                        Map.of("source", scriptOnEveryDocument));
            }
            return null;
        });
        return tab;
    }

    /** Closes the tab and throws its context away (cookies, cache, the renderer process). */
    synchronized void close(Tab tab) {
        try {
            send("Target.closeTarget", Map.of("targetId", tab.handle()));
        } finally {
            send("Target.disposeBrowserContext", Map.of("browserContextId", tab.context()));
            if (tab.handle().equals(current)) {
                current = null;
            }
        }
    }

    /** Runs WebDriver commands in the tab (the driver switched to it first). */
    synchronized <T> T in(Tab tab, Function<WebDriver, T> commands) {
        if (!tab.handle().equals(current)) {
            driver.switchTo().window(tab.handle());
            current = tab.handle();
        }
        return commands.apply(driver);
    }

    private Map<String, Object> send(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        pending.put(id, answer);
        devtools.sendText(JSON.toJson(Map.of("id", id, "method", method, "params", params)), true).join();
        try {
            Map<String, Object> message = answer.get(30, TimeUnit.SECONDS);
            if (message.get("error") != null) {
                throw new IllegalStateException(method + ": " + message.get("error"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) message.get("result");
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (Exception e) {
            throw e instanceof IllegalStateException ise ? ise : new IllegalStateException(method + " failed", e);
        } finally {
            pending.remove(id);
        }
    }

    @Override
    public void close() {
        try {
            devtools.abort();
        } finally {
            driver.quit();
        }
    }

    /** DevTools answers (events are ignored: the browser connection enables none). */
    private final class Listener implements WebSocket.Listener {
        private StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                Map<String, Object> message = JSON.toType(text.toString(), Map.class);
                text = new StringBuilder();
                if (message.get("id") instanceof Number id) {
                    CompletableFuture<Map<String, Object>> answer = pending.get(id.intValue());
                    if (answer != null) {
                        answer.complete(message);
                    }
                }
            }
            socket.request(1);
            return null;
        }
    }
}
