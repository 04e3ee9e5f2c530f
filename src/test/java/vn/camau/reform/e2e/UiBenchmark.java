package vn.camau.reform.e2e;

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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.camau.reform.TestLogins;
import vn.camau.reform.base.ui.BuiltWhenNear;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;

/**
 * What a leader waits for and what each of them costs the server (issue 18, item 6), run by hand, never
 * in the build, in production mode (README, "Benchmark: the screens"):
 * <pre>
 * ./mvnw -Pproduction test -Dtest=UiBenchmark -Dbench.ui=50
 * </pre>
 * All browser sessions are tabs of ONE headless Debian chromium ({@link SharedChromium}), each tab in a
 * browser context of its own (own cookies, cache and connections, as a browser of its own would have):
 * 50 browsers of their own were about 650 processes and several GB, and saturated the machine.
 * <ol>
 *   <li>time from click to data on screen, measured inside the page: the first visit after signing in
 *       (the overview), then in-app navigation to a commune's drill-down, the late-case alerts and the
 *       hotline queue, each with the time the server took to answer the click's request as the browser
 *       saw it; and the bytes the sign-in and first load transferred;</li>
 *   <li>retained heap per UI: {@code bench.ui} tabs each signed in as the province leader with the
 *       overview and a drill-down open, the heap after a full GC with them and after their sessions
 *       ended;</li>
 *   <li>a load test, the browser closed: {@code bench.ui} leaders at once opening the overview and then
 *       a drill-down, each an HTTP session of its own speaking Flow's protocol ({@link FlowClient}: real
 *       UIs on the server, no page drawn on its cores), and through the HTTP API.</li>
 * </ol>
 * A navigation that shows no data within {@link #NAVIGATION_TIMEOUT} (or shows Vaadin's error) is
 * counted as an error and the run goes on. Results go to stdout and {@code target/benchmark/screens.md}.
 * {@code -Dbench.load-only=true} runs step 3 alone, without a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.embedded-db.dir=target/embedded-mariadb-bench", "server.servlet.session.timeout=30m"})
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.ui", matches = "\\d+")
class UiBenchmark {

    /** The longest a navigation may take before it counts as an error. */
    private static final Duration NAVIGATION_TIMEOUT = Duration.ofSeconds(30);
    private static final String LEADER = "lanhdao.tinh";
    /** Phường An Xuyên (32002): the demo's commune with most of its data. */
    private static final long COMMUNE = 100;
    /** Timed runs of step 1 after its warm-up run ({@code bench.rounds}). */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    /** Timed rounds of the load step after its warm-up round ({@code bench.load-rounds}). */
    private static final int LOAD_ROUNDS = Integer.getInteger("bench.load-rounds", 3);
    /**
     * Untimed rounds of the load step first ({@code bench.load-warmup}): with few leaders one round leaves the
     * JIT cold, and the CPU per leader then says more about the compiler than about the code.
     */
    private static final int LOAD_WARMUP = Integer.getInteger("bench.load-warmup", 1);

    @LocalServerPort
    int port;

    private final List<String> lines = new ArrayList<>();
    private SharedChromium chromium;

    @Test
    void measure() throws Exception {
        int sessions = Integer.getInteger("bench.ui");
        boolean heapOnly = Boolean.getBoolean("bench.heap-only");
        boolean timingsOnly = Boolean.getBoolean("bench.timings-only");
        boolean loadOnly = Boolean.getBoolean("bench.load-only");
        long began = System.nanoTime();
        line("Production mode: %s; %d sessions; %s; one chromium, a browser context per session (steps 1 and 2)",
                productionMode(), sessions, LocalDate.now());
        try (Machine machine = new Machine()) {
            if (!loadOnly) {
                try (SharedChromium browser = new SharedChromium()) {
                    chromium = browser;
                    if (!heapOnly) {
                        clickToData();
                    }
                    if (!timingsOnly) {
                        heapPerUi(sessions);
                    }
                } // the browser (all its tabs) ends before the load: the load test's cores are the server's
                chromium = null;
            }
            if (!heapOnly && !timingsOnly) {
                uiLoad(sessions);
                apiLoad(sessions);
            }
            line("");
            line("The run: %,d s; the machine during it (sampled each second): at most %,d MiB of memory in use "
                            + "(total − available, of %,d MiB), load average (1 min) up to %.1f",
                    (System.nanoTime() - began) / 1_000_000_000, machine.peakUsedMib, machine.totalMib,
                    machine.peakLoad);
        } finally {
            Path out = Path.of("target", "benchmark", "screens.md");
            Files.createDirectories(out.getParent());
            Files.write(out, lines, StandardCharsets.UTF_8);
        }
    }

    // ---- 1. click to data ------------------------------------------------------------------------

    private void clickToData() {
        List<Measure> firstVisit = new ArrayList<>();
        List<Measure> drill = new ArrayList<>();
        List<Measure> alerts = new ArrayList<>();
        List<Measure> hotline = new ArrayList<>();
        int errors = 0;
        long loginBytes = -1;
        long bytes = -1;
        for (int round = 0; round <= ROUNDS; round++) {
            // a browser context of its own each round: no cookies, a cold cache, new connections
            SharedChromium.Tab tab = chromium.open(1440, 900, PAGE_SCRIPT);
            try {
                Measure first = broken(tab, "first visit", () -> signIn(tab));
                if (round == 0) {
                    loginBytes = first.loginBytes;
                    bytes = first.bytes;
                    continue; // the first round warms the server's caches and the JIT
                }
                firstVisit.add(first);
                drill.add(broken(tab, "drill-down", () -> navigate(tab, "/overview?unit=" + COMMUNE, "charts")));
                alerts.add(broken(tab, "alerts", () -> navigate(tab, "/alerts", "rows")));
                hotline.add(broken(tab, "hotline", () -> navigate(tab, "/hotline", "rows")));
            } catch (NavigationFailed e) {
                errors++;
                System.out.println("BENCH round " + round + ": " + e.getMessage());
            } finally {
                chromium.close(tab);
            }
        }
        line("");
        line("| from click to data on screen (%d runs, 1440×900, measured in the page) | on screen: median | worst "
                + "| server's answer to the click: median | worst |", ROUNDS);
        line("|---|---|---|---|---|");
        row("first visit after signing in: the overview, charts drawn (server: the sign-in's POST, redirect, "
                + "page, Flow's init and the navigation's UIDL request)", firstVisit);
        row("in-app: a commune's drill-down, charts drawn", drill);
        row("in-app: late-case alerts, rows shown", alerts);
        row("in-app: hotline queue, rows shown", hotline);
        if (errors > 0) {
            line("");
            line("%d of %d runs failed (no data within %d s or an error shown)", errors, ROUNDS,
                    NAVIGATION_TIMEOUT.toSeconds());
        }
        line("");
        line("Bytes transferred by the first load (cold browser cache, as sent: compressed where the server "
                + "compresses): %,d KiB, of which the sign-in page %,d KiB and the overview until drawn %,d KiB",
                bytes / 1024, loginBytes / 1024, (bytes - loginBytes) / 1024);
    }

    private static final List<String> METRICS = List.of("TaskDuration", "ScriptDuration", "V8CompileDuration",
            "RecalcStyleDuration", "LayoutDuration", "TaskOtherDuration");

    /**
     * With {@code -Dbench.breakdown=true}, where one navigation's time went: the page's milestones (ms from
     * the click: the page's response, DOMContentLoaded, Flow's client up, the view's first element, the
     * chart's canvas, the data drawn; the UIDL and script requests; long tasks) and the renderer's main
     * thread time by kind (CDP {@code Performance.getMetrics}, the difference over the navigation).
     */
    private Measure broken(SharedChromium.Tab tab, String what, java.util.function.Supplier<Measure> navigation) {
        if (!Boolean.getBoolean("bench.breakdown")) {
            return navigation.get();
        }
        Map<String, Double> before = metrics(tab);
        Measure measure = navigation.get();
        Map<String, Double> after = metrics(tab);
        StringBuilder main = new StringBuilder();
        for (String m : METRICS) {
            main.append(String.format(" %s %,.0f", m.replace("Duration", ""),
                    (after.getOrDefault(m, 0.0) - before.getOrDefault(m, 0.0)) * 1000));
        }
        System.out.printf("BENCH breakdown %s: on screen %,d ms; main thread (ms):%s; page: %s%n", what,
                measure.shown() / 1_000_000, main, measure.detail());
        return measure;
    }

    private Map<String, Double> metrics(SharedChromium.Tab tab) {
        return chromium.in(tab, d -> {
            var cdp = (org.openqa.selenium.chromium.HasCdp) d;
            cdp.executeCdpCommand("Performance.enable", Map.of("timeDomain", "threadTicks"));
            Map<String, Double> values = new java.util.HashMap<>();
            if (cdp.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics") instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m && m.get("value") instanceof Number n) {
                        values.put(String.valueOf(m.get("name")), n.doubleValue());
                    }
                }
            }
            return values;
        });
    }

    /**
     * In-app navigation as a link in the menu or a grid does it (the router, not a page load), started
     * in the tab at once (the page script's moment 0), the data awaited in the page.
     */
    private Measure navigate(SharedChromium.Tab tab, String path, String shown) {
        chromium.in(tab, d -> ((JavascriptExecutor) d).executeScript(
                "window.__bench.navigate(arguments[0], arguments[1], 0, arguments[2]);",
                path, shown, NAVIGATION_TIMEOUT.toMillis()));
        return await(tab);
    }

    /** The tab's result of its last navigation, polled every 50 ms (the timing itself is the page's). */
    private Measure await(SharedChromium.Tab tab) {
        long deadline = System.nanoTime() + NAVIGATION_TIMEOUT.toNanos() + 10_000_000_000L;
        while (true) {
            Measure measure;
            try {
                measure = result(tab);
            } catch (org.openqa.selenium.WebDriverException e) {
                measure = null; // the page between two documents (signing in); asked again
            }
            if (measure != null) {
                return measure.orThrow();
            }
            if (System.nanoTime() > deadline) {
                throw new NavigationFailed("no answer from the page");
            }
            sleep(50);
        }
    }

    /** The tab's result, or null while it is still waiting. */
    private Measure result(SharedChromium.Tab tab) {
        Object value = chromium.in(tab, d -> ((JavascriptExecutor) d).executeScript(
                "return window.__bench ? window.__benchResult : null;"));
        return value instanceof java.util.Map<?, ?> map ? Measure.of(map) : null;
    }

    /**
     * What the page measured: on screen = click to data drawn and the client idle; server = the
     * click's UIDL request, {@code responseEnd − startTime} of its Resource Timing entry (the server's
     * work and the network as the browser saw it; not the browser's rendering); all times in ns.
     */
    private record Measure(boolean ok, String error, long shown, long server, long bytes, long loginBytes,
            Object detail) {
        static Measure of(java.util.Map<?, ?> map) {
            return new Measure(Boolean.TRUE.equals(map.get("ok")), String.valueOf(map.get("error")), nanos(map, "shown"),
                    nanos(map, "server"), number(map, "bytes"), number(map, "loginBytes"), map.get("detail"));
        }

        Measure orThrow() {
            if (!ok) {
                throw new NavigationFailed(error + " after " + shown / 1_000_000 + " ms");
            }
            return this;
        }

        private static long nanos(java.util.Map<?, ?> map, String key) {
            return map.get(key) instanceof Number n ? Math.round(n.doubleValue() * 1_000_000) : -1;
        }

        private static long number(java.util.Map<?, ?> map, String key) {
            return map.get(key) instanceof Number n ? n.longValue() : -1;
        }
    }

    private static final class NavigationFailed extends RuntimeException {
        NavigationFailed(String message) {
            super(message);
        }
    }

    /**
     * Installed in every document of every tab before the page's own scripts. Times come from the
     * page's clock ({@code performance}), polled every 5 ms in the page; a result is left in
     * {@code window.__benchResult} for the harness to collect. A navigation is done when a UIDL response
     * has come since the click, Vaadin's client is idle and the data is drawn (not the previous view's).
     * A click on the sign-in page is carried to the next document in sessionStorage, with the bytes the
     * sign-in page transferred.
     */
    private static final String PAGE_SCRIPT = """
            (() => {
              if (window.__bench) return;
              try { performance.setResourceTimingBufferSize(100000); } catch (e) {}
              const longTasks = [];
              // what each UIDL request asked for (its RPC types and node ids), for the breakdown
              const calls = [];
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (body) {
                if (typeof body === 'string' && body.includes('"rpc"')) {
                  try {
                    calls.push([performance.now(), JSON.parse(body).rpc.map(r => r.type
                        + (r.templateEventMethodName || r.event || r.channel !== undefined ? ':' : '')
                        + (r.templateEventMethodName || r.event || (r.channel !== undefined ? 'channel' + r.channel : ''))
                        + (r.property ? ':' + r.property : '')).join(',')]);
                  } catch (e) {}
                }
                return send.apply(this, arguments);
              };
              try {
                new PerformanceObserver(l => l.getEntries().forEach(e => longTasks.push([e.startTime, e.duration])))
                    .observe({type: 'longtask', buffered: true});
              } catch (e) {}
              const now = () => performance.timeOrigin + performance.now();
              const idle = () => {
                const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !c || !Object.values(c).some(x => x.isActive && x.isActive());
              };
              const shown = {
                charts: () => document.querySelectorAll('echarts-chart[data-rendered="true"]').length >= 1,
                rows: () => {
                  const g = document.querySelector('vaadin-grid');
                  if (!g || g.loading) return false;
                  return [...g.querySelectorAll('vaadin-grid-cell-content')].some(c =>
                      !c.closest('[part~=header-cell]') && c.textContent.trim().length > 0
                      && c.assignedSlot && c.assignedSlot.parentElement
                      && (c.assignedSlot.parentElement.getAttribute('part') || '').includes('body-cell'));
                }
              };
              const failed = () => !!document.querySelector('.v-system-error');
              const uidl = since => performance.getEntriesByType('resource')
                  .filter(e => e.name.includes('v-r=uidl') && e.startTime >= since);
              const bytes = () => performance.getEntriesByType('navigation')
                  .concat(performance.getEntriesByType('resource')).reduce((s, e) => s + (e.transferSize || 0), 0);
              // milestones for -Dbench.breakdown: first moment each was seen (ms from the click)
              const milestones = {
                flow: () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                    && Object.keys(window.Vaadin.Flow.clients).length > 0,
                view: () => !!document.querySelector('echarts-chart, vaadin-grid'),
                canvas: () => [...document.querySelectorAll('echarts-chart')].some(c => c.shadowRoot
                    && c.shadowRoot.querySelector('canvas, svg')),
                idle: () => idle()
              };
              const detail = (t0, marks) => {
                const r = x => Math.round(x - t0);
                const page = performance.getEntriesByType('navigation')[0];
                if (page && t0 < 0) {
                  marks.pageResponse = r(page.responseEnd);
                  marks.domContentLoaded = r(page.domContentLoadedEventEnd);
                }
                marks.requests = performance.getEntriesByType('resource')
                    .filter(e => e.startTime >= t0 && (e.name.includes('v-r=') || e.decodedBodySize > 20000))
                    .map(e => e.name.replace(/^.*\\//, '').replace(/\\?.*v-r=(\\w+).*/, '?$1') + ' ' + r(e.startTime)
                        + '-' + r(e.responseEnd) + ' (' + Math.round(e.transferSize / 1024) + ' KiB)');
                marks.calls = calls.filter(x => x[0] >= t0).map(x => r(x[0]) + ' ' + x[1]);
                const tasks = longTasks.filter(x => x[0] >= t0);
                marks.longTasks = tasks.length + ' = ' + Math.round(tasks.reduce((s, x) => s + x[1], 0)) + ' ms: '
                    + tasks.map(x => r(x[0]) + '+' + Math.round(x[1])).join(' ');
                return marks;
              };
              const watch = (t0, what, timeout, needsAnswer, loginBytes) => {
                const marks = {};
                const tick = () => {
                  const t = performance.now();
                  const answers = uidl(t0);
                  if (answers.length > 0 && marks.uidl === undefined) marks.uidl = Math.round(answers[0].responseEnd - t0);
                  // in-app, the previous view's elements are not the new view's: looked for once answered
                  const answered = !needsAnswer || (answers.length > 0 && idle());
                  for (const [name, seen] of Object.entries(milestones)) {
                    if (marks[name] === undefined && (answered || name === 'flow') && seen()) {
                      marks[name] = Math.round(t - t0);
                    }
                  }
                  const page = performance.getEntriesByType('navigation')[0];
                  const done = (!needsAnswer || answers.length > 0) && idle() && shown[what]();
                  if (done || failed() || t - t0 > timeout) {
                    window.__benchResult = {
                      ok: done, error: done ? null : failed() ? 'Vaadin error shown' : 'no data on screen',
                      shown: t - t0,
                      // in-app: the click's UIDL request; the first visit: the sign-in's POST, its redirect
                      // and the overview's page, plus Flow's init request and the first UIDL request (the
                      // router's navigation to the overview: the view is built there, not in the page)
                      server: needsAnswer ? (answers.length ? answers[0].responseEnd - answers[0].startTime : -1)
                          : (page ? page.responseEnd - page.startTime : 0)
                            + performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=init'))
                                .reduce((s, e) => s + e.responseEnd - e.startTime, 0)
                            + (answers.length ? answers[0].responseEnd - answers[0].startTime : 0),
                      bytes: loginBytes + bytes(), loginBytes,
                      detail: JSON.stringify(detail(t0, marks))
                    };
                  } else {
                    setTimeout(tick, 5);
                  }
                };
                tick();
              };
              window.__bench = {
                navigate(path, what, at, timeout) {
                  window.__benchResult = null;
                  const go = () => {
                    performance.clearResourceTimings();
                    const t0 = performance.now();
                    window.history.pushState({}, '', path);
                    window.dispatchEvent(new PopStateEvent('popstate'));
                    watch(t0, what, timeout, true, 0);
                  };
                  const wait = at - now();
                  if (wait > 0) setTimeout(go, wait); else go();
                },
                beforeSignIn(timeout) {
                  sessionStorage.setItem('__benchClick', String(now()));
                  sessionStorage.setItem('__benchTimeout', String(timeout));
                  sessionStorage.setItem('__benchLoginBytes', String(bytes()));
                }
              };
              const click = sessionStorage.getItem('__benchClick');
              if (click && !location.pathname.startsWith('/login')) {
                sessionStorage.removeItem('__benchClick');
                window.__benchResult = null;
                watch(Number(click) - performance.timeOrigin, 'charts', Number(sessionStorage.getItem('__benchTimeout')),
                    false, Number(sessionStorage.getItem('__benchLoginBytes')));
              }
            })();""";

    // ---- 2. heap per UI --------------------------------------------------------------------------

    private void heapPerUi(int sessions) throws Exception {
        if (sessions > 0) {
            // one session first, so classes are loaded and shared caches are filled before "before"
            SharedChromium.Tab warm = chromium.open(1440, 900, PAGE_SCRIPT);
            try {
                signInToDrillDown(warm);
            } catch (NavigationFailed e) {
                System.out.println("BENCH warm-up session: " + e.getMessage());
            } finally {
                chromium.close(warm);
            }
        }
        // The tabs are opened (on about:blank, no connection to the server yet) before the first measure
        List<SharedChromium.Tab> tabs = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            tabs.add(chromium.open(1440, 900, PAGE_SCRIPT));
        }
        String histogramBefore = Boolean.getBoolean("bench.histogram") ? histogram() : null;
        long before = usedHeapAfterGc();
        long since = System.currentTimeMillis();
        int signedIn = signInAll(tabs);
        long with = usedHeapAfterGc();
        if (histogramBefore != null) {
            histogramDifference(histogramBefore, Math.max(1, signedIn));
        }
        // The same tabs with their sessions ended: what is left is the server's, not the sessions'
        // (Tomcat's buffers of the connections the browser keeps open, its recycled request processors)
        int ended = endSessionsSince(since);
        long without = usedHeapAfterGc();
        int n = Math.max(1, signedIn);
        line("");
        line("Retained heap with %d signed-in leaders (%d of %d tabs reached the drill-down), each with the overview "
                        + "and a drill-down open (after a full GC): %,d KiB before them, %,d KiB with them, %,d KiB "
                        + "after their %d sessions ended, the tabs still connected: **%,d KiB per UI session** "
                        + "(with − ended); %,d KiB per tab with its open connections (with − before)",
                signedIn, signedIn, sessions, before / 1024, with / 1024, without / 1024, ended,
                (with - without) / n / 1024, (with - before) / n / 1024);
    }

    /** Signs every tab in to the drill-down, one after the other; returns how many got there. */
    private int signInAll(List<SharedChromium.Tab> tabs) {
        int done = 0;
        for (SharedChromium.Tab tab : tabs) {
            try {
                signInToDrillDown(tab);
                done++;
            } catch (NavigationFailed | org.openqa.selenium.WebDriverException e) {
                System.out.println("BENCH sign-in failed: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return done;
    }

    private void signInToDrillDown(SharedChromium.Tab tab) {
        signIn(tab);
        navigate(tab, "/overview?unit=" + COMMUNE, "charts");
        scrollToTheUnits(tab);
    }

    /**
     * Scrolls the page to the breakdown, so its units grid (built only when scrolled near) is in the UI the
     * heap is measured with: the heap of a leader who read the whole page, not only its first screen.
     */
    private void scrollToTheUnits(SharedChromium.Tab tab) {
        long deadline = System.nanoTime() + NAVIGATION_TIMEOUT.toNanos();
        while (!Boolean.TRUE.equals(chromium.in(tab, d -> ((JavascriptExecutor) d).executeScript(
                "const t = document.querySelector('vaadin-tabsheet'); if (t) t.scrollIntoView();"
                        + "return !document.querySelector('.built-when-near')"
                        + " || !!document.querySelector('.built-when-near vaadin-grid');")))) {
            if (System.nanoTime() > deadline) {
                throw new NavigationFailed("the units grid was not built when scrolled to");
            }
            sleep(50);
        }
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
        eachVaadinSession((id, vaadin) -> {
            for (var ui : vaadin.getUIs()) {
                String last = ui.getInternals().getLastRequestResponse();
                System.out.printf("SESSION %s ui %d %s: last response kept %,d chars%n", id.substring(0, 6),
                        ui.getUIId(), ui.getInternals().getActiveViewLocation().getPathWithQueryParameters(),
                        last == null ? 0 : last.length());
            }
        });
    }

    /** {@code visit} with every Vaadin session of every HTTP session, each locked meanwhile. */
    private void eachVaadinSession(BiConsumer<String, com.vaadin.flow.server.VaadinSession> visit) {
        for (var session : httpSessions()) {
            var http = session.getSession();
            for (var names = http.getAttributeNames(); names.hasMoreElements(); ) {
                if (http.getAttribute(names.nextElement()) instanceof com.vaadin.flow.server.VaadinSession vaadin) {
                    vaadin.lock();
                    try {
                        visit.accept(session.getIdInternal(), vaadin);
                    } finally {
                        vaadin.unlock();
                    }
                }
            }
        }
    }

    /**
     * How many UIs are open (not closing) in all sessions. A UI closed by the unload beacon is removed from
     * its session at the end of that request, which may come after its answer has reached the client.
     */
    private int openUis() {
        int[] uis = new int[1];
        eachVaadinSession((id, vaadin) ->
                uis[0] += (int) vaadin.getUIs().stream().filter(ui -> !ui.isClosing()).count());
        return uis[0];
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

    /**
     * {@code leaders} leaders at once, each an HTTP session of its own speaking Flow's protocol
     * ({@link FlowClient}), no browser: on the server it is the same work as real UI sessions (a UI made,
     * the view built and sent), while the drawing, which a leader's phone does on its own CPU, is not put
     * on the server's two cores (50 chromium tabs here measured the tabs, not the server). Each round:
     * all open the province's overview at the same instant (a page load: the page, Flow's init, the
     * router's navigation: the first screen, whose units grid is built only when scrolled near); when all
     * have answered or failed, all scroll down to the units grid at the same instant (the browser's event
     * that builds it); then all navigate in that UI to a commune's drill-down at the same instant (in-app,
     * the router's {@code ui-navigate}); then each closes its page.
     * {@link #LOAD_WARMUP} warm-up rounds (one unless asked), then {@link #LOAD_ROUNDS} timed ones.
     */
    private void uiLoad(int leaders) throws Exception {
        String period = "period=YEAR&from=" + LocalDate.now().getYear() + "-01-01&to=" + LocalDate.now();
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        Map<String, List<Long>> bytes = new ConcurrentHashMap<>();
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        Map<String, String> firstError = new ConcurrentSkipListMap<>();
        int uisBefore = openUis();
        // signed in one after the other beforehand: signing in is not what is timed
        List<FlowClient> clients = new ArrayList<>();
        for (int i = 0; i < leaders; i++) {
            FlowClient client = new FlowClient(port);
            try {
                client.signIn(LEADER, "demo");
                clients.add(client);
            } catch (FlowClient.Failed e) {
                failed("sign-in", e, errors, firstError);
            }
        }
        if (clients.isEmpty()) {
            line("");
            line("UI load: no leader could sign in (%s)", firstError);
            return;
        }
        // the server's CPU at each start of the overviews and of the drill-downs (the barrier's trips)
        List<Long> cpuMarks = Collections.synchronizedList(new ArrayList<>());
        // and the whole machine's, by whose work it was (the harness shares the server's two cores)
        List<MachineCpu> machineMarks = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier atOnce = new CyclicBarrier(clients.size(), () -> {
            cpuMarks.add(ServerCpu.nanos());
            machineMarks.add(MachineCpu.now());
        });
        long began = 0;
        for (int round = 0; round < LOAD_WARMUP + LOAD_ROUNDS; round++) {
            if (round == LOAD_WARMUP) { // the warm-up rounds' figures go
                times.clear();
                bytes.clear();
                errors.keySet().removeIf(k -> !k.equals("sign-in"));
                began = System.nanoTime();
            }
            List<Future<Object>> leadersRuns = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(clients.size())) {
                for (FlowClient client : clients) {
                    leadersRuns.add(pool.submit(() -> {
                        await(atOnce);
                        boolean open = false;
                        try {
                            FlowClient.PageLoad a = client.open("overview", period, CHART);
                            note("overview", a.nanos(), a.bytes(), times, bytes);
                            note("overview: page", a.page().nanos(), a.page().bytes(), times, bytes);
                            if (a.init() != null) { // none with the server's eager load: the page made the UI
                                note("overview: init", a.init().nanos(), a.init().bytes(), times, bytes);
                            }
                            note("overview: navigation", a.navigation().nanos(), a.navigation().bytes(), times,
                                    bytes);
                            open = true;
                        } catch (RuntimeException e) {
                            failed("overview", e, errors, firstError);
                        }
                        await(atOnce); // then all scroll down to the units grid, built when scrolled near
                        inTheOpenUi(open, "units", () -> client.scrolledNear(BuiltWhenNear.NEAR, UNITS), times, bytes,
                                errors, firstError);
                        await(atOnce); // the drill-downs start together, after every overview
                        inTheOpenUi(open, "drill-down", () -> client.navigate("overview", period + "&unit=" + COMMUNE,
                                CHART), times, bytes, errors, firstError);
                        try {
                            client.leave();
                        } catch (RuntimeException e) {
                            failed("leave", e, errors, firstError);
                        }
                        return null;
                    }));
                }
            }
            for (Future<Object> run : leadersRuns) {
                run.get(); // a harness fault (a broken barrier) ends the test, not a silent round
            }
        }
        cpuMarks.add(ServerCpu.nanos());
        machineMarks.add(MachineCpu.now());
        // each leader closed its page: its UIs are gone, not left for the heartbeat's time-out
        System.out.printf("BENCH load: UIs open in all sessions: %d before the load, %d after it%n", uisBefore,
                openUis());
        line("");
        line("| %d leaders at once, each an HTTP session of its own speaking Flow's protocol, no browser "
                        + "(%d rounds after %d of warm-up, %d s) | server's answer p50 | p95 | bytes as sent (median) | errors |",
                leaders, LOAD_ROUNDS, LOAD_WARMUP, (System.nanoTime() - began) / 1_000_000_000);
        line("|---|---|---|---|---|");
        loadRow("overview, a page load: the page, Flow's init (without the overview in the page) and the router's "
                + "navigation, one after the other", "overview", times, bytes, errors);
        if (times.containsKey("overview: init")) {
            loadRow("— of which the page", "overview: page", times, bytes, null);
            loadRow("— of which Flow's init (the UI made)", "overview: init", times, bytes, null);
            loadRow("— of which the navigation (the overview built and sent)", "overview: navigation", times, bytes,
                    null);
        } else { // the server's eager load
            loadRow("— of which the page (the UI made, the overview built and sent in it)", "overview: page", times,
                    bytes, null);
            loadRow("— of which the router's navigation (the UI already there)", "overview: navigation", times,
                    bytes, null);
        }
        loadRow("the overview's units grid, when the leader scrolls down to it (built when scrolled near)", "units",
                times, bytes, errors);
        loadRow("a commune's drill-down: in-app navigation in the same UI", "drill-down", times, bytes, errors);
        long overviewCpu = 0;
        long unitsCpu = 0;
        long drillCpu = 0;
        MachineCpu overviewMachine = new MachineCpu(0, 0, 0, 0);
        MachineCpu unitsMachine = new MachineCpu(0, 0, 0, 0);
        // three barrier trips a round: the overviews', the scrolls', the drill-downs' starts
        for (int round = LOAD_WARMUP; round < LOAD_WARMUP + LOAD_ROUNDS && cpuMarks.size() > 3 * round + 3; round++) {
            overviewCpu += cpuMarks.get(3 * round + 1) - cpuMarks.get(3 * round);
            overviewMachine = overviewMachine.plus(machineMarks.get(3 * round + 1).minus(machineMarks.get(3 * round)));
            unitsMachine = unitsMachine.plus(machineMarks.get(3 * round + 2).minus(machineMarks.get(3 * round + 1)));
            unitsCpu += cpuMarks.get(3 * round + 2) - cpuMarks.get(3 * round + 1);
            drillCpu += cpuMarks.get(3 * round + 3) - cpuMarks.get(3 * round + 2);
        }
        long navigations = (long) LOAD_ROUNDS * clients.size();
        line("");
        line("The server's CPU per leader (Tomcat's request threads, the timed rounds; less moved by the machine's "
                        + "other work than the times): overview page load %.1f ms, the units grid when scrolled to "
                        + "%.1f ms, drill-down and leaving %.1f ms",
                overviewCpu / 1e6 / navigations, unitsCpu / 1e6 / navigations, drillCpu / 1e6 / navigations);
        // When the last of the round's answers has come, the server and the database have done every page
        // load's work, on these cores with the harness's beside it: that work over the cores is its floor
        int cores = Runtime.getRuntime().availableProcessors();
        line("");
        line("The machine's CPU per overview page load (the timed rounds, by whose work): %s. The server's and "
                        + "the database's part, which every answer needs, puts the last of %d at once on %d cores "
                        + "at no sooner than %.0f ms", overviewMachine.perOne(navigations), clients.size(), cores,
                (overviewMachine.server() + overviewMachine.database()) / 1e6 / navigations * clients.size() / cores);
        line("");
        line("The machine's CPU per leader scrolling to the units grid: %s", unitsMachine.perOne(navigations));
        if (!firstError.isEmpty()) {
            line("");
            line("Errors of the timed rounds %s; the first of each kind (the warm-up's included):", errors);
            firstError.forEach((kind, message) -> line("- %s: %s", kind, message));
        }
    }

    /**
     * What shows the overview's data in a navigation's answer (the UIDL): a chart element, and a chart's
     * option (a JSON string in a property) with a series in it.
     */
    private static final List<String> CHART = List.of("\"echarts-chart\"", "\\\"series\\\":[{");

    /** What shows the units grid in the scroll's answer: the grid and a unit's row. */
    private static final List<String> UNITS = List.of("\"vaadin-grid\"", "Sở Nội vụ");

    /**
     * One step in the UI the leader's overview opened: timed and noted under {@code what}, or failed; a
     * leader whose overview failed has no UI, and the step counts as failed.
     */
    private static void inTheOpenUi(boolean open, String what, java.util.function.Supplier<FlowClient.Answer> step,
                                    Map<String, List<Long>> times, Map<String, List<Long>> bytes,
                                    Map<String, Integer> errors, Map<String, String> firstError) {
        if (!open) {
            failed(what, new FlowClient.Failed("no UI", "its overview had failed"), errors, firstError);
            return;
        }
        try {
            FlowClient.Answer answer = step.get();
            note(what, answer.nanos(), answer.bytes(), times, bytes);
        } catch (RuntimeException e) {
            failed(what, e, errors, firstError);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(2 * NAVIGATION_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the leaders did not meet at the barrier", e);
        }
    }

    private static void note(String what, long nanos, long size, Map<String, List<Long>> times,
                             Map<String, List<Long>> bytes) {
        times.computeIfAbsent(what, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
        bytes.computeIfAbsent(what, k -> Collections.synchronizedList(new ArrayList<>())).add(size);
    }

    /** Counts a failed request of {@code what}; the first of each kind is printed and reported. */
    private static void failed(String what, RuntimeException e, Map<String, Integer> errors,
                               Map<String, String> firstError) {
        errors.merge(what, 1, Integer::sum);
        String kind = what + ", " + (e instanceof FlowClient.Failed f ? f.kind : e.getClass().getSimpleName());
        if (firstError.putIfAbsent(kind, String.valueOf(e.getMessage())) == null) {
            System.out.println("BENCH load: " + kind + ": " + e.getMessage());
        }
    }

    /** The same leaders through the read API, each with their own connection, at the same moment. */
    private void apiLoad(int leaders) throws Exception {
        // a READ token of the leader, as a dashboard or the operations centre calls the API: HTTP Basic would
        // check the password (bcrypt, tens of ms of CPU by design) on every request, and measure that
        TestLogins.loginAs(context.getBean(UserDetailsService.class), "admin");
        String auth;
        try {
            auth = "Bearer " + context.getBean(ApiTokenService.class)
                    .issue("UiBenchmark " + System.currentTimeMillis(), LEADER, ApiTokenPurpose.READ).token();
        } finally {
            TestLogins.logout();
        }
        String period = "from=" + LocalDate.now().withDayOfYear(1) + "&to=" + LocalDate.now();
        List<Long> overview = new ArrayList<>();
        List<Long> drill = new ArrayList<>();
        int errors = 0;
        // each leader's own client and connection for all rounds, as in the UI step: a client made per
        // round (its selector thread, its executor, a new connection) was work of the test's own JVM on the
        // server's two cores, timed as the server's
        List<HttpClient> leadersHttp = new ArrayList<>();
        for (int i = 0; i < leaders; i++) {
            leadersHttp.add(HttpClient.newHttpClient());
        }
        long cpuFrom = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(leaders)) {
            for (int round = 0; round < 10; round++) {
                if (round == 1) {
                    cpuFrom = ServerCpu.nanos();
                }
                List<Future<long[]>> runs = new ArrayList<>();
                for (int i = 0; i < leaders; i++) {
                    HttpClient http = leadersHttp.get(i);
                    runs.add(pool.submit((Callable<long[]>) () -> {
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
        long cpu = ServerCpu.nanos() - cpuFrom;
        leadersHttp.forEach(HttpClient::close);
        line("");
        line("| %d leaders at once through the API with a read token, each with a connection of their own (9 rounds after a warm-up) | p50 | p95 | errors |", leaders);
        line("|---|---|---|---|");
        percentiles("GET /api/v1/indicators (the province)", overview, errors);
        percentiles("GET /api/v1/indicators?unit=32002 (a commune)", drill, errors);
        line("");
        line("The server's CPU per leader (Tomcat's request threads, the timed rounds): the province and the commune %.1f ms",
                cpu / 1e6 / Math.max(1, overview.size()));
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

    /** Signs the leader in and waits for the overview's charts; the page measures from the Enter key. */
    private Measure signIn(SharedChromium.Tab tab) {
        By username = By.cssSelector("vaadin-login-form input[name='username']");
        chromium.in(tab, d -> {
            d.get("http://localhost:" + port + "/login");
            new WebDriverWait(d, NAVIGATION_TIMEOUT, Duration.ofMillis(50))
                    .until(x -> !x.findElements(username).isEmpty());
            d.findElement(username).sendKeys(LEADER);
            WebElement password = d.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
            password.sendKeys("demo");
            ((JavascriptExecutor) d).executeScript("window.__bench.beforeSignIn(arguments[0]);",
                    NAVIGATION_TIMEOUT.toMillis());
            password.sendKeys(Keys.ENTER);
            return null;
        });
        return await(tab);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The machine's memory in use and load average, sampled each second while the benchmark runs. */
    private static final class Machine implements AutoCloseable {
        volatile long peakUsedMib;
        volatile long totalMib;
        volatile double peakLoad;
        private final Thread sampler = Thread.ofVirtual().start(this::sample);

        private void sample() {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    java.util.Map<String, Long> kib = new java.util.HashMap<>();
                    for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                        String[] f = l.split("[:\\s]+");
                        kib.put(f[0], Long.parseLong(f[1]));
                    }
                    totalMib = kib.get("MemTotal") / 1024;
                    peakUsedMib = Math.max(peakUsedMib, (kib.get("MemTotal") - kib.get("MemAvailable")) / 1024);
                    peakLoad = Math.max(peakLoad,
                            Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    return; // not Linux: no figures
                }
            }
        }

        @Override
        public void close() {
            sampler.interrupt();
        }
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

    private void row(String what, List<Measure> measures) {
        row(what, measures.stream().map(Measure::shown).toList(), measures.stream().map(Measure::server).toList());
    }

    private void row(String what, List<Long> shown, List<Long> server) {
        line("| %s | %s | %s | %s | %s |", what, ms(median(shown)), ms(worst(shown)), ms(median(server)),
                ms(worst(server)));
    }

    private void loadRow(String what, String key, Map<String, List<Long>> times, Map<String, List<Long>> bytes,
                         Map<String, Integer> errors) {
        List<Long> t = times.getOrDefault(key, List.of());
        long size = median(bytes.getOrDefault(key, List.of()));
        int failed = errors == null ? 0 : errors.getOrDefault(key, 0);
        line("| %s | %s | %s | %s | %s |", what, ms(median(t)), ms(p95(t)),
                size < 0 ? "–" : String.format("%,.1f KiB", size / 1024.0),
                errors == null ? "" : failed + " of " + (failed + t.size()));
    }

    private void percentiles(String what, List<Long> nanos, int errors) {
        line("| %s | %s | %s | %d |", what, ms(median(nanos)), ms(p95(nanos)), errors);
    }

    private static long median(List<Long> nanos) {
        return nanos.isEmpty() ? -1 : nanos.stream().sorted().toList().get(nanos.size() / 2);
    }

    private static long worst(List<Long> nanos) {
        return nanos.isEmpty() ? -1 : nanos.stream().max(Long::compare).orElseThrow();
    }

    private static long p95(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    private static String ms(long nanos) {
        return nanos < 0 ? "–" : String.format("%,d ms", nanos / 1_000_000);
    }

    private void line(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(format, args);
        System.out.println(line);
        lines.add(line);
    }
}
