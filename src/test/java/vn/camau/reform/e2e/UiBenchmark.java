package vn.camau.reform.e2e;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a leader waits for and what each of them costs the server (issue 18, item 6), run by hand, never
 * in the build, in production mode (README, "Benchmark: the screens"):
 * <pre>
 * ./mvnw -Pproduction test -Dtest=UiBenchmark -Dbench.ui=50
 * </pre>
 * <ol>
 *   <li>time from click to data on screen, in Debian's chromium: the first visit after signing in
 *       (the overview), then in-app navigation to a commune's drill-down, the late-case alerts and the
 *       hotline queue; and the bytes the first load transferred;</li>
 *   <li>retained heap per UI: {@code bench.ui} browsers each signed in as the province leader with the
 *       overview and a drill-down open, the heap after a full GC with them and after their sessions
 *       ended;</li>
 *   <li>a load test: {@code bench.ui} leaders at once opening the overview and a drill-down, through the
 *       HTTP API, and through the real UI sessions of step 2.</li>
 * </ol>
 * Results go to stdout and {@code target/benchmark/screens.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.embedded-db.dir=target/embedded-mariadb-bench", "server.servlet.session.timeout=30m"})
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.ui", matches = "\\d+")
class UiBenchmark {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String LEADER = "lanhdao.tinh";
    /** Phường An Xuyên (32002): the demo's commune with most of its data. */
    private static final long COMMUNE = 100;
    private static final int ROUNDS = 5;

    @LocalServerPort
    int port;

    private final List<String> lines = new ArrayList<>();

    @Test
    void measure() throws Exception {
        int sessions = Integer.getInteger("bench.ui");
        boolean heapOnly = Boolean.getBoolean("bench.heap-only");
        line("Production mode: %s; %d sessions; %s", productionMode(), sessions, LocalDate.now());
        if (!heapOnly) {
            clickToData();
        }
        List<WebDriver> browsers = new ArrayList<>();
        try {
            heapPerUi(sessions, browsers);
            if (!heapOnly) {
                uiLoad(browsers);
            }
        } finally {
            browsers.forEach(WebDriver::quit);
        }
        if (!heapOnly) {
            apiLoad(sessions);
        }
        Path out = Path.of("target", "benchmark", "screens.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    // ---- 1. click to data ------------------------------------------------------------------------

    private void clickToData() throws Exception {
        List<Long> firstVisit = new ArrayList<>();
        List<Long> drill = new ArrayList<>();
        List<Long> alerts = new ArrayList<>();
        List<Long> hotline = new ArrayList<>();
        long bytes = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            WebDriver browser = browser(1440, 900);
            try {
                WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
                long signedIn = signIn(browser, wait);
                wait.until(d -> chartsDrawn(d) >= 1 && idle(d));
                long first = System.nanoTime() - signedIn;
                if (round == 0) {
                    bytes = transferred(browser);
                    continue; // the first round warms the server's caches and the JIT
                }
                firstVisit.add(first);
                drill.add(navigate(browser, wait, "/overview?unit=" + COMMUNE, d -> chartsDrawn(d) >= 1));
                alerts.add(navigate(browser, wait, "/alerts", UiBenchmark::gridHasRows));
                hotline.add(navigate(browser, wait, "/hotline", UiBenchmark::gridHasRows));
            } finally {
                browser.quit();
            }
        }
        line("");
        line("| from click to data on screen (%d runs, 1440×900) | median | worst |", ROUNDS);
        line("|---|---|---|");
        row("first visit after signing in: the overview, charts drawn", firstVisit);
        row("in-app: a commune's drill-down, charts drawn", drill);
        row("in-app: late-case alerts, rows shown", alerts);
        row("in-app: hotline queue, rows shown", hotline);
        line("");
        line("Bytes transferred by the first load (sign-in page to the overview drawn, cold browser cache): "
                + "%,d KiB", bytes / 1024);
    }

    /**
     * In-app navigation as a link in the menu or a grid does it: the router, not a page load. The
     * time runs from the call to the moment the data is on screen and the client is idle.
     */
    private long navigate(WebDriver browser, WebDriverWait wait, String path, Function<WebDriver, Boolean> shown) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(COUNT_RESPONSES);
        long answered = ((Number) js.executeScript("return window.__benchResponses;")).longValue();
        long start = System.nanoTime();
        js.executeScript(
                "window.history.pushState({}, '', arguments[0]); window.dispatchEvent(new PopStateEvent('popstate'));",
                path);
        // a server response since the click, the client idle, and the data drawn: not the previous view's
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.__benchResponses;"))
                .longValue() > answered && idle(d) && shown.apply(d));
        return System.nanoTime() - start;
    }

    /** Counts the client's finished requests (Flow's client speaks to the server by XMLHttpRequest). */
    private static final String COUNT_RESPONSES = """
            if (window.__benchResponses === undefined) {
              window.__benchResponses = 0;
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (...args) {
                this.addEventListener('loadend', () => window.__benchResponses++);
                return send.apply(this, args);
              };
            }""";

    // ---- 2. heap per UI --------------------------------------------------------------------------

    private void heapPerUi(int sessions, List<WebDriver> browsers) throws Exception {
        if (sessions > 0 && browsers.isEmpty()) {
            // one session first, so classes are loaded and shared caches are filled before "before"
            WebDriver warm = browser(1440, 900);
            try {
                signInToDrillDown(warm);
            } finally {
                warm.quit();
            }
        }
        // The browsers' drivers are started before the first measure: their clients live in this JVM
        // beside the server, and what they hold (HTTP clients, buffers, threads) is no UI's cost
        for (int i = 0; i < sessions; i++) {
            browsers.add(browser(1440, 900));
        }
        String histogramBefore = Boolean.getBoolean("bench.histogram") ? histogram() : null;
        long before = usedHeapAfterGc();
        long since = System.currentTimeMillis();
        for (WebDriver browser : browsers) {
            signInToDrillDown(browser);
        }
        long with = usedHeapAfterGc();
        if (histogramBefore != null) {
            histogramDifference(histogramBefore, sessions);
        }
        // The same browsers with their sessions ended: what is left is the server's, not the sessions'
        // (Tomcat's buffers of the connections the browsers keep open, its recycled request processors)
        int ended = endSessionsSince(since);
        long without = usedHeapAfterGc();
        line("");
        line("Retained heap with %d signed-in leaders, each with the overview and a drill-down open "
                        + "(after a full GC): %,d KiB before them, %,d KiB with them, %,d KiB after their %d "
                        + "sessions ended, the browsers still connected: **%,d KiB per UI session** "
                        + "(with − ended); %,d KiB per browser with its open connections (with − before)",
                sessions, before / 1024, with / 1024, without / 1024, ended, (with - without) / sessions / 1024,
                (with - before) / sessions / 1024);
        if (!Boolean.getBoolean("bench.heap-only")) {
            // signed in again for the load test
            for (WebDriver browser : browsers) {
                signInToDrillDown(browser);
            }
        }
    }

    private void signInToDrillDown(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        signIn(browser, wait);
        wait.until(d -> chartsDrawn(d) >= 1 && idle(d));
        navigate(browser, wait, "/overview?unit=" + COMMUNE, d -> chartsDrawn(d) >= 1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    private org.apache.catalina.Session[] httpSessions() {
        var server = (org.springframework.boot.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer();
        List<org.apache.catalina.Session> all = new ArrayList<>();
        for (var child : server.getTomcat().getHost().findChildren()) {
            all.addAll(List.of(((org.apache.catalina.Context) child).getManager().findSessions()));
        }
        return all.toArray(org.apache.catalina.Session[]::new);
    }

    /** Ends (as a time-out would) the HTTP sessions begun since {@code since}; returns how many. */
    private int endSessionsSince(long since) {
        int ended = 0;
        for (var session : httpSessions()) {
            if (session.getCreationTime() >= since) {
                session.expire();
                ended++;
            }
        }
        return ended;
    }

    /** Where a session's bytes go: the class histogram's difference per session, and the UIs' big parts. */
    private void histogramDifference(String histogramBefore, int sessions) throws Exception {
        java.util.Map<String, long[]> diff = new java.util.HashMap<>();
        parse(histogramBefore, diff, -1);
        parse(histogram(), diff, 1);
        diff.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(60)
                .forEach(e -> System.out.printf("HISTO %10d B %8d # %s%n",
                        e.getValue()[1] / sessions, e.getValue()[0] / sessions, e.getKey()));
        sessionContents();
        if (Boolean.getBoolean("bench.walk")) {
            SessionWalk walk = new SessionWalk();
            Map<String, long[]> last = null;
            for (var session : httpSessions()) {
                last = walk.walk(session);
                SessionWalk.print(last, 0);
            }
            if (last != null) {
                SessionWalk.print(last, 120);
            }
        }
        if (Boolean.getBoolean("bench.dump")) {
            Path dump = Path.of("target", "benchmark", "ui-sessions.hprof").toAbsolutePath();
            Files.createDirectories(dump.getParent());
            Files.deleteIfExists(dump);
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(dump.toString(), true);
        }
    }

    /** Each live UI and the last response Flow keeps for it (resent if the client asks again). */
    private void sessionContents() {
        for (var session : httpSessions()) {
            var http = session.getSession();
            for (var names = http.getAttributeNames(); names.hasMoreElements(); ) {
                if (http.getAttribute(names.nextElement()) instanceof com.vaadin.flow.server.VaadinSession vaadin) {
                    vaadin.lock();
                    try {
                        for (var ui : vaadin.getUIs()) {
                            String last = ui.getInternals().getLastRequestResponse();
                            System.out.printf("SESSION %s ui %d %s: last response kept %,d chars%n",
                                    session.getIdInternal().substring(0, 6), ui.getUIId(),
                                    ui.getInternals().getActiveViewLocation().getPathWithQueryParameters(),
                                    last == null ? 0 : last.length());
                        }
                    } finally {
                        vaadin.unlock();
                    }
                }
            }
        }
    }

    /** Adds (sign 1) or subtracts (sign -1) a histogram's instance counts and bytes per class. */
    private static void parse(String histogram, java.util.Map<String, long[]> diff, int sign) {
        histogram.lines().map(String::trim).filter(l -> l.matches("\\d+:.*")).forEach(l -> {
            String[] f = l.split("\\s+");
            long[] v = diff.computeIfAbsent(f[3], k -> new long[2]);
            v[0] += sign * Long.parseLong(f[1]);
            v[1] += sign * Long.parseLong(f[2]);
        });
    }

    private static String histogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    // ---- 3. load -----------------------------------------------------------------------------------

    /** Every signed-in browser asks for the overview and then a drill-down at the same moment. */
    private void uiLoad(List<WebDriver> browsers) throws Exception {
        List<Long> overview = new ArrayList<>();
        List<Long> drill = new ArrayList<>();
        int errors = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(browsers.size())) {
            for (int round = 0; round < 3; round++) {
                String unitParam = "?period=YEAR&from=" + LocalDate.now().getYear() + "-01-01&to=" + LocalDate.now();
                List<Future<long[]>> runs = new ArrayList<>();
                for (WebDriver browser : browsers) {
                    runs.add(pool.submit(() -> {
                        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
                        long a = navigate(browser, wait, "/overview" + unitParam, d -> chartsDrawn(d) >= 1);
                        long b = navigate(browser, wait, "/overview" + unitParam + "&unit=" + COMMUNE,
                                d -> chartsDrawn(d) >= 1);
                        return new long[] {a, b};
                    }));
                }
                for (Future<long[]> run : runs) {
                    try {
                        long[] t = run.get();
                        overview.add(t[0]);
                        drill.add(t[1]);
                    } catch (Exception e) {
                        errors++;
                    }
                }
            }
        }
        line("");
        line("| %d leaders at once, real UI sessions (3 rounds; each browser waits for its charts) | p50 | p95 | errors |",
                browsers.size());
        line("|---|---|---|---|");
        percentiles("overview", overview, errors);
        percentiles("a commune's drill-down", drill, errors);
    }

    /** The same leaders through the read API, each with their own connection, at the same moment. */
    private void apiLoad(int leaders) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((LEADER + ":demo").getBytes(StandardCharsets.UTF_8));
        String period = "from=" + LocalDate.now().withDayOfYear(1) + "&to=" + LocalDate.now();
        List<Long> overview = new ArrayList<>();
        List<Long> drill = new ArrayList<>();
        int errors = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(leaders)) {
            for (int round = 0; round < 10; round++) {
                List<Future<long[]>> runs = new ArrayList<>();
                for (int i = 0; i < leaders; i++) {
                    runs.add(pool.submit((Callable<long[]>) () -> {
                        HttpClient http = HttpClient.newHttpClient();
                        long a = get(http, auth, "/api/v1/indicators?" + period);
                        long b = get(http, auth, "/api/v1/indicators?unit=32002&" + period);
                        return new long[] {a, b};
                    }));
                }
                for (Future<long[]> run : runs) {
                    try {
                        long[] t = run.get();
                        if (round > 0) { // the first round warms up
                            overview.add(t[0]);
                            drill.add(t[1]);
                        }
                    } catch (Exception e) {
                        errors++;
                    }
                }
            }
        }
        line("");
        line("| %d leaders at once through the API (9 rounds after a warm-up) | p50 | p95 | errors |", leaders);
        line("|---|---|---|---|");
        percentiles("GET /api/v1/indicators (the province)", overview, errors);
        percentiles("GET /api/v1/indicators?unit=32002 (a commune)", drill, errors);
    }

    private long get(HttpClient http, String auth, String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", auth).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode());
        }
        return System.nanoTime() - start;
    }

    // ---- the browser ---------------------------------------------------------------------------

    private static WebDriver browser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=vi-VN");
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("browser.driver", "/usr/bin/chromedriver")))
                .build(), options);
    }

    /** Signs the leader in; returns the moment the form was sent. */
    private long signIn(WebDriver browser, WebDriverWait wait) {
        By username = By.cssSelector("vaadin-login-form input[name='username']");
        browser.get("http://localhost:" + port + "/login");
        wait.until(d -> !d.findElements(username).isEmpty());
        browser.findElement(username).sendKeys(LEADER);
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys("demo");
        long start = System.nanoTime();
        password.sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("/overview"));
        return start;
    }

    private static long chartsDrawn(WebDriver d) {
        return d.findElements(By.cssSelector("echarts-chart[data-rendered='true']")).size();
    }

    /** Vaadin's client has no request in flight (what TestBench waits for). */
    private static boolean idle(WebDriver d) {
        Object active = ((JavascriptExecutor) d).executeScript(
                "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + "if (!c) return true;"
                        + "return Object.values(c).some(x => x.isActive && x.isActive());");
        return Boolean.FALSE.equals(active);
    }

    /** The grid shows its first rows: a cell with text, nothing loading. */
    private static boolean gridHasRows(WebDriver d) {
        Object shown = ((JavascriptExecutor) d).executeScript(
                "const g = document.querySelector('vaadin-grid'); if (!g || g.loading) return false;"
                        + "return [...g.querySelectorAll('vaadin-grid-cell-content')]"
                        + ".some(c => !c.closest('[part~=header-cell]') && c.textContent.trim().length > 0"
                        + " && c.assignedSlot && c.assignedSlot.parentElement"
                        + " && (c.assignedSlot.parentElement.getAttribute('part') || '').includes('body-cell'));");
        return Boolean.TRUE.equals(shown);
    }

    private static long transferred(WebDriver d) {
        Object bytes = ((JavascriptExecutor) d).executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".reduce((s, e) => s + (e.transferSize || 0), 0);");
        return bytes instanceof Number n ? n.longValue() : -1;
    }

    private String productionMode() throws IOException {
        HttpResponse<String> page;
        try {
            page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
        // Development mode serves Vite's client and the dev tools; production mode a compiled bundle
        return page.body().contains("@vite/client") || page.body().contains("vaadin-dev-tools")
                ? "NO (development mode: figures not comparable)" : "yes";
    }

    // ---- output --------------------------------------------------------------------------------

    private void row(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        line("| %s | %,d ms | %,d ms |", what, sorted.get(sorted.size() / 2) / 1_000_000,
                sorted.getLast() / 1_000_000);
    }

    private void percentiles(String what, List<Long> nanos, int errors) {
        if (nanos.isEmpty()) {
            line("| %s | – | – | %d |", what, errors);
            return;
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        long p50 = sorted.get(sorted.size() / 2) / 1_000_000;
        long p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)) / 1_000_000;
        line("| %s | %,d ms | %,d ms | %d |", what, p50, p95, errors);
    }

    private void line(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(format, args);
        System.out.println(line);
        lines.add(line);
    }
}
