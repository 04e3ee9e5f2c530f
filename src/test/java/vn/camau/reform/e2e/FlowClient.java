package vn.camau.reform.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One leader's browser at the protocol level: a cookie jar and connections of its own, and the requests
 * Flow's client makes, without a page to draw (the load test's leaders draw on their phones' CPUs, not the
 * server's). What it sends is read from Vaadin 25.2's own client, {@code META-INF/frontend/Flow.js} in
 * flow-client (and Vaadin's login form in the production bundle):
 * <ul>
 *   <li>signing in: the login page publishes Spring's CSRF token in {@code <meta name="_csrf">} (see
 *       {@code CsrfMetaTags}); the login form posts {@code username}, {@code password} and that token
 *       under the name in {@code <meta name="_csrf_parameter">} to {@code /login};</li>
 *   <li>a page load that the server answers with the view in the page (Vaadin's eager server load, which
 *       the application uses for a signed-in leader's overview and home: {@code OverviewWithItsPage}): the
 *       page itself, in which the server has made the UI, built the view and written both as
 *       {@code window.Vaadin.TypeScript = {"initial": …}}, which {@code flowInitUi()} takes instead of asking;
 *       then the router's {@code flowNavigate()}: the {@code ui-navigate} event on the root node (1) in a
 *       UIDL request, which the server answers with next to nothing (the UI is already at that location;
 *       the browser waits for that answer before it shows the view);</li>
 *   <li>any other page load: the page, then {@code flowInitUi()}'s {@code GET ?v-r=init&location=…&query=…}
 *       with the browser's details (the server makes the UI but does not navigate), then the
 *       {@code ui-navigate} event, where the server builds the view and answers with it;</li>
 *   <li>in-app navigation: that same {@code ui-navigate} event in the same UI;</li>
 *   <li>leaving the page: the beacon ({@code "UNLOAD": true}) that closes the UI on the server at once
 *       instead of after three missed heartbeats.</li>
 * </ul>
 * Not imitated: the components' own round trips after a view arrives (their first property syncs, the
 * tabs' selection), which a browser sends once it has applied the answer.
 */
final class FlowClient {

    /** One request's answer: the time until its whole body had arrived, its bytes as sent (gzip), its text. */
    record Answer(long nanos, long bytes, int status, String contentType, String body) {
    }

    /**
     * A page load's answers, one after the other as the browser waits for them.
     *
     * @param init Flow's init request, or null when the page carried the UI (the server's eager load)
     */
    record PageLoad(Answer page, Answer init, Answer navigation) {

        long nanos() {
            return page.nanos() + (init == null ? 0 : init.nanos()) + navigation.nanos();
        }

        long bytes() {
            return page.bytes() + (init == null ? 0 : init.bytes()) + navigation.bytes();
        }
    }

    /** Where the page, with the server's eager load, holds the UI it made: {@code flowInitUi()} reads it there. */
    private static final String INITIAL = "window.Vaadin.TypeScript= ";
    /** What it holds then; a page without a UI in it holds an empty object there. */
    private static final String INITIAL_UI = INITIAL + "{\"initial\":";

    /** A request that could not be answered as a browser expects; {@code kind} groups them in the report. */
    static final class Failed extends RuntimeException {
        final String kind;

        Failed(String kind, String message) {
            super(message);
            this.kind = kind;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern META = Pattern.compile("<meta name=\"([^\"]+)\" content=\"([^\"]*)\"");
    /**
     * The browser details Flow's client sends with {@code v-r=init} ({@code collectBrowserDetails()}, with
     * its current date added per request): the window of the browser steps (1440×900, so the server lays
     * out the same view as there), Cà Mau's time zone.
     */
    private static final Map<String, String> BROWSER = browser();

    private final String base;
    private final HttpClient http;
    private int uiId = -1;
    private String securityKey;
    private long syncId;
    private long clientId;
    /** The last navigation's answer: the view on the leader's screen. */
    private String lastView = "";

    FlowClient(int port) {
        this.base = "http://localhost:" + port;
        // a cookie jar of its own: its own HTTP session, as a separate phone has
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1) // as a browser over plain http; not h2c's upgrade
                .build();
    }

    /** Signs in through the login form and checks that the session is signed in. */
    void signIn(String username, String password) {
        // the check below means something: before signing in, a leader's view sends to the login page
        Answer before = send(get("/overview"));
        if (before.status() != 302 || !String.valueOf(before.contentType()).contains("/login")) {
            throw new Failed("sign-in", "before signing in, /overview answered " + before.status());
        }
        Answer page = send(get("/login"));
        Map<String, String> meta = new LinkedHashMap<>();
        for (Matcher m = META.matcher(page.body()); m.find(); ) {
            meta.put(m.group(1), m.group(2));
        }
        if (!meta.containsKey("_csrf") || !meta.containsKey("_csrf_parameter")) {
            throw new Failed("sign-in", "no CSRF token in the login page (" + page.status() + ")");
        }
        Answer post = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        meta.get("_csrf_parameter"), meta.get("_csrf"))))));
        String to = post.contentType(); // the Location, see send()
        if (post.status() != 302 || to == null || to.contains("/login")) {
            throw new Failed("sign-in", "the login POST answered " + post.status() + " to " + to);
        }
        // signed in: the user's home is served, not redirected to the login page
        Answer check = send(get("/"));
        if (check.status() != 200) {
            throw new Failed("sign-in", "not signed in: / answered " + check.status() + " after the POST");
        }
        // a signed-in page carries the UI the server made for it: closed as a browser leaving the page does
        initialConfig(check).ifPresent(config -> {
            connect(config, "page", check);
            leave();
        });
    }

    /** A plain GET of a page, as anyone fetching it without running its script. */
    Answer page(String path) {
        return send(get(path));
    }

    /** With the server's eager load (signed-in pages): the UI the page carries, as {@code flowInitUi()} reads it. */
    private static Optional<JsonNode> initialConfig(Answer page) {
        int initial = page.body().indexOf(INITIAL_UI);
        if (initial < 0) {
            return Optional.empty();
        }
        int end = page.body().indexOf(";</script>", initial);
        String script = page.body().substring(initial + INITIAL.length(), end < 0 ? page.body().length() : end);
        return Optional.of(json("page", new Answer(0, 0, 200, "", script)).path("initial")
                .path("appConfig"));
    }

    /**
     * A page load of {@code route?query}: the page (with the server's eager load, the UI and the view in
     * it), Flow's init when the page did not make the UI, and the router's navigation. The answer that
     * carries the view is checked to hold every one of {@code shows} (what shows the view's data).
     */
    PageLoad open(String route, String query, List<String> shows) {
        Answer page = send(get("/" + route + (query.isEmpty() ? "" : "?" + query)));
        if (page.status() != 200 || !page.body().contains("<html")) {
            throw new Failed("page", route + " answered " + page.status() + " " + page.contentType());
        }
        Optional<JsonNode> carried = initialConfig(page);
        if (carried.isPresent()) {
            JsonNode config = carried.get();
            connect(config, "page", page);
            shown(route, query, page.body(), config.path("uidl"), shows);
            // the router's navigation all the same, as the browser sends it: the view came with the page
            Navigated navigation = uiNavigate(route, query, "");
            errors(route, query, navigation.answer().body(), navigation.json());
            return new PageLoad(page, null, navigation.answer());
        }
        Map<String, String> init = new LinkedHashMap<>();
        init.put("v-r", "init");
        init.put("location", route);
        init.put("query", query);
        init.putAll(BROWSER);
        init.put("v-curdate", String.valueOf(System.currentTimeMillis()));
        Answer bootstrap = send(get("/?" + form(init)));
        connect(json("init", bootstrap).path("appConfig"), "init", bootstrap);
        return new PageLoad(page, bootstrap, navigate(route, query, "", shows));
    }

    /** The UI the server made: its id, security key and the message counters, from its first answer. */
    private void connect(JsonNode config, String what, Answer answer) {
        JsonNode uidl = config.path("uidl");
        if (!config.path("v-uiId").canConvertToInt() || !uidl.path("Vaadin-Security-Key").isString()) {
            throw new Failed(what, "no UI id or security key in the " + what + " answer: " + cut(answer.body()));
        }
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asLong();
        clientId = uidl.path("clientId").asLong();
    }

    /** In-app navigation to {@code route?query} in the open UI, as the router does on a link's click. */
    Answer navigate(String route, String query, List<String> shows) {
        return navigate(route, query, "link", shows);
    }

    /** The router's {@code ui-navigate}, the answer checked to carry the view and to show its data. */
    private Answer navigate(String route, String query, String trigger, List<String> shows) {
        Navigated navigation = uiNavigate(route, query, trigger);
        shown(route, query, navigation.answer().body(), navigation.json(), shows);
        return navigation.answer();
    }

    private record Navigated(Answer answer, JsonNode json) {
    }

    /** Sends the router's {@code ui-navigate}; {@code trigger} "" is the page load's, "link" a router link's. */
    private Navigated uiNavigate(String route, String query, String trigger) {
        ObjectNode detail = JsonMapper.shared().createObjectNode().put("route", route).put("query", query)
                .put("appShellTitle", "").put("trigger", trigger);
        // React Router's history.state on a page it opened
        detail.putObject("historyState").put("idx", 0).put("key", "default").putNull("usr");
        ObjectNode event = JsonMapper.shared().createObjectNode().put("type", "event").put("node", 1)
                .put("event", "ui-navigate");
        event.set("data", detail);
        ObjectNode message = message();
        message.putArray("rpc").add(event);
        Answer answer = uidl(message);
        JsonNode json = json("navigation", answer);
        syncId = json.path("syncId").asLong(syncId);
        clientId = json.path("clientId").asLong(clientId + 1);
        return new Navigated(answer, json);
    }

    /** The answer that carries a view: kept as the view on the leader's screen, checked to show its data. */
    private void shown(String route, String query, String body, JsonNode json, List<String> shows) {
        lastView = body;
        dump(route + (query.contains("unit=") ? "-unit" : ""), body);
        errors(route, query, body, json);
        for (String shown : shows) {
            if (!body.contains(shown)) {
                throw new Failed("no data", route + "?" + query + ": no " + shown + " in the answer: " + cut(body));
            }
        }
    }

    private static void errors(String route, String query, String body, JsonNode json) {
        if (json.path("meta").has("appError") || json.path("meta").has("sessionExpired")
                || body.contains("Internal error")) {
            throw new Failed("Vaadin error", route + "?" + query + ": " + cut(body));
        }
    }

    /**
     * With {@code -Dbench.dump-uidl=DIR}, the first answer of each navigation is written there as it came
     * (uncompressed): what the server built and serialised, to count its nodes and bytes.
     */
    private static void dump(String name, String body) {
        String dir = System.getProperty("bench.dump-uidl");
        if (dir != null) {
            java.nio.file.Path file = java.nio.file.Path.of(dir, name.replace('/', '_') + ".json");
            try {
                java.nio.file.Files.createDirectories(file.getParent());
                if (!java.nio.file.Files.exists(file)) {
                    java.nio.file.Files.writeString(file, body);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * The leader scrolls down to a part built only when scrolled near ({@code BuiltWhenNear}): the browser's
     * observer fires the part's event on its element, found in the last navigation's answer as the node
     * whose listeners the server told the browser include that event. The answer is checked to hold every one of {@code shows}.
     */
    Answer scrolledNear(String event, List<String> shows) {
        Matcher box = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"" + Pattern.quote(event)
                + "\",\"feat\":").matcher(lastView);
        if (!box.find()) {
            throw new Failed("no box", "nothing in the view waits for " + event);
        }
        ObjectNode fired = JsonMapper.shared().createObjectNode().put("type", "event")
                .put("node", Integer.parseInt(box.group(1))).put("event", event);
        fired.putObject("data");
        ObjectNode message = message();
        message.putArray("rpc").add(fired);
        Answer answer = uidl(message);
        JsonNode json = json(event, answer);
        syncId = json.path("syncId").asLong(syncId);
        clientId = json.path("clientId").asLong(clientId + 1);
        dump(event, answer.body());
        for (String shown : shows) {
            if (!answer.body().contains(shown)) {
                throw new Failed("no data", event + ": no " + shown + " in the answer: " + cut(answer.body()));
            }
        }
        return answer;
    }

    /** Closes the UI as the browser does when the page goes away (a beacon), so the server frees it now. */
    void leave() {
        if (uiId >= 0) {
            ObjectNode message = message();
            message.putArray("rpc");
            message.put("UNLOAD", true);
            Answer answer = uidl(message);
            uiId = -1;
            if (answer.status() != 200) {
                throw new Failed("HTTP " + answer.status(), "the unload beacon answered " + answer.status());
            }
        }
    }

    private ObjectNode message() {
        return JsonMapper.shared().createObjectNode().put("csrfToken", securityKey).put("syncId", syncId)
                .put("clientId", clientId);
    }

    private Answer uidl(ObjectNode message) {
        return send(request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
    }

    /** The answer as JSON; a status other than 200 or a body that is not JSON is a failure of {@code what}. */
    private static JsonNode json(String what, Answer answer) {
        if (answer.status() != 200) {
            throw new Failed("HTTP " + answer.status(), what + " answered " + answer.status() + ": " + cut(answer.body()));
        }
        String body = answer.body().strip();
        if (body.startsWith("for(;;);")) { // older Flow versions' guard against JSON hijacking
            body = body.substring("for(;;);".length());
        }
        try {
            JsonNode json = JsonMapper.shared().readTree(body);
            return json.isArray() ? json.path(0) : json;
        } catch (JacksonException e) {
            throw new Failed("not JSON", what + " answered " + answer.contentType() + ": " + cut(answer.body()));
        }
    }

    private HttpRequest.Builder request(String path) {
        // compressed as a browser asks, so the server does its gzip work and the bytes are those a phone gets
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Accept-Encoding", "gzip");
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    /** Sends and times a request; for a redirect, the answer's contentType is its Location. */
    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Failed(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted", "interrupted");
        }
        long nanos = System.nanoTime() - start;
        byte[] bytes = response.body();
        String body;
        try {
            body = new String(response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")
                    ? new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes() : bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = response.statusCode() / 100 == 3 ? response.headers().firstValue("Location").orElse(null)
                : response.headers().firstValue("Content-Type").orElse("");
        return new Answer(nanos, bytes.length, response.statusCode(), type, body);
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String cut(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private static Map<String, String> browser() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("v-sh", "900");
        details.put("v-sw", "1440");
        details.put("v-wh", "900");
        details.put("v-ww", "1440");
        details.put("v-bh", "900");
        details.put("v-bw", "1440");
        details.put("v-tzo", "-420");
        details.put("v-dstd", "0");
        details.put("v-rtzo", "-420");
        details.put("v-dston", "false");
        details.put("v-tzid", "Asia/Ho_Chi_Minh");
        details.put("v-td", "false");
        details.put("v-pr", "1");
        details.put("v-np", "Linux x86_64");
        details.put("v-cs", "");
        details.put("v-pv", "VISIBLE");
        details.put("v-fs", "NOT_FULLSCREEN");
        details.put("v-so", "landscape-primary");
        details.put("v-soa", "0");
        details.put("v-tn", "lumo");
        details.put("v-ws", "false");
        return Map.copyOf(details);
    }
}
