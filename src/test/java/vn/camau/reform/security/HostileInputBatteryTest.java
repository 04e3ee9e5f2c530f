package vn.camau.reform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.API_TOKEN;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.IMPORT_RUN;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.camau.reform.AppTest;
import vn.camau.reform.RawHttp;
import vn.camau.reform.RawHttp.Response;
import vn.camau.reform.TestLogins;
import vn.camau.reform.ingest.ImportResult;

/**
 * A battery of malformed and hostile requests against every HTTP entry point (the login form, the
 * read API, the intake API, the firewall, the server itself), over real HTTP. Whatever arrives, the
 * answer is a 4xx (or a redirect to the login page), JSON under {@code /api/}, with no stack trace
 * or internal class name, and nothing is stored. Each case is one dynamic test, named by what it sends.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputBatteryTest {

    private static final String TOKENS = "test-battery:";
    private static final String INDICATORS = "/api/v1/indicators";
    private static final String INTAKE = "/api/v1/intake/dossiers";
    private static final String VALID_DOSSIER = """
            {"code": "HOSTILE-1", "procedureCode": "1.001193", "receivingUnitCode": "32002",
             "handlingUnitCode": "32002", "channel": "ONLINE", "state": 2,
             "receivedAt": "2026-11-20T08:15:00+07:00", "appointmentDate": "2026-11-27",
             "applicantName": "Nguyễn Văn A", "updatedAt": "2026-11-20T08:15:00+07:00"}""";

    /** One request of the battery. */
    record Attack(String name, String method, String path, List<String> headers, byte[] body) {
    }

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    String read;
    String intake;
    int dossiersBefore;
    int importsBefore;

    @BeforeAll
    void issueTokens() {
        TestLogins.loginAs(users, "admin");
        try {
            read = tokens.issue(TOKENS + "read", "lanhdao.tinh", ApiTokenPurpose.READ).token();
            intake = tokens.issue(TOKENS + "intake", "admin", ApiTokenPurpose.INTAKE).token();
        } finally {
            TestLogins.logout();
        }
        dossiersBefore = dsl.fetchCount(DOSSIER);
        importsBefore = dsl.fetchCount(IMPORT_RUN, IMPORT_RUN.RESULT.eq(ImportResult.SUCCEEDED));
    }

    // explicit cleanup: the requests go through a real port, served on Tomcat's threads in transactions of their own
    @AfterAll
    void nothingWasStored() {
        try {
            assertThat(dsl.fetchCount(DOSSIER)).as("dossiers").isEqualTo(dossiersBefore);
            assertThat(dsl.fetchCount(IMPORT_RUN, IMPORT_RUN.RESULT.eq(ImportResult.SUCCEEDED))).isEqualTo(importsBefore);
        } finally {
            var ours = dsl.select(API_TOKEN.ID).from(API_TOKEN).where(API_TOKEN.NAME.startsWith(TOKENS));
            dsl.deleteFrom(IMPORT_RUN).where(IMPORT_RUN.TOKEN_ID.in(ours)).execute();
            dsl.deleteFrom(API_TOKEN).where(API_TOKEN.NAME.startsWith(TOKENS)).execute();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsACleanRefusal() {
        List<Attack> attacks = new ArrayList<>();
        readApi(attacks);
        dossierPaths(attacks);
        credentials(attacks);
        intakeBodies(attacks);
        mediaTypesAndMethods(attacks);
        loginForm(attacks);
        pathsAndHeaders(attacks);
        assertThat(attacks).hasSizeGreaterThanOrEqualTo(100);
        return attacks.stream().map(a -> DynamicTest.dynamicTest(a.name(), () -> check(a)));
    }

    private void check(Attack a) {
        String head = a.method() + " " + a.path() + " HTTP/1.1\nHost: localhost\n" + String.join("\n", a.headers());
        Response r = RawHttp.send("127.0.0.1", port, head, a.body());
        assertThat(r.status()).as("%s → %d %s", a.name(), r.status(), abbreviate(r.body())).isLessThan(500);
        assertThat(r.body()).as(a.name()).doesNotContain("Exception", "at vn.camau", "at org.springframework",
                "jooq", "SQL syntax", "MariaDB");
        if (a.path().startsWith("/api/") && r.status() >= 400) {
            assertThat(r.header("Content-Type").orElse("")).withFailMessage("%s: %d answered as %s: %s", a.name(),
                    r.status(), r.header("Content-Type").orElse("?"), abbreviate(r.body())).startsWith("application/json");
        }
        if (a.path().startsWith(INTAKE) && !a.method().equals("OPTIONS")) {
            assertThat(r.status()).as("%s stores nothing", a.name()).isGreaterThanOrEqualTo(400);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static Attack get(String name, String path, String... headers) {
        return new Attack(name, "GET", path, List.of(headers), new byte[0]);
    }

    private String bearer(String token) {
        return "Authorization: Bearer " + token;
    }

    private void readApi(List<Attack> out) {
        String ok = "&from=2026-01-01&to=2026-01-31";
        for (String unit : List.of("", "abc", "-1", "0", "99999999999999999999", "1%20OR%201%3D1", "%27", "%00",
                "96%27--", "%3Cscript%3Ealert(1)%3C/script%3E", "96,97", "%D9%A1%D9%A2", "96&unit=97", "%ZZ",
                "96%0D%0ASet-Cookie:%20x=1")) {
            out.add(get("indicators unit=" + unit, INDICATORS + "?unit=" + unit + ok, bearer(read)));
        }
        for (String period : List.of("from=2026-13-01&to=2026-12-31", "from=2026-02-30&to=2026-03-01",
                "from=0000-01-01&to=2026-01-01", "from=2026-01-01&to=9999-12-31", "from=1999-12-31&to=2000-01-31",
                "from=26-01-01&to=26-01-31", "from=2026/01/01&to=2026/01/31", "from=&to=",
                "from=2026-01-01T00:00&to=2026-01-31", "from=2026-12-31&to=2026-01-01",
                "from=2000-01-01&to=2100-12-31", "from=%2B2026-01-01&to=2026-01-31", "from=2026-01-01",
                "structure=XYZ&from=2026-01-01&to=2026-01-31", "structure=%00&from=2026-01-01&to=2026-01-31")) {
            out.add(get("indicators " + period, INDICATORS + "?unit=96&" + period, bearer(read)));
        }
    }

    private void dossierPaths(List<Attack> out) {
        for (String code : List.of("%00", "..%2F..%2Fetc%2Fpasswd", "%25", "a;b", "x".repeat(3000), "%ZZ",
                "%27%20OR%20%271%27%3D%271", "%3Cimg%20src%3Dx%3E", "H%E1%BB%93-s%C6%A1", "%E2%80%AE",
                "%F0%9F%98%80", "%C0%AE", "%ED%A0%80")) {
            out.add(get("dossier " + abbreviate(code), "/api/v1/dossiers/" + code, bearer(read)));
        }
    }

    private void credentials(List<Attack> out) {
        String api = INDICATORS + "?unit=96&from=2026-01-01&to=2026-01-31";
        String b64 = "Authorization: Basic ";
        for (String[] c : new String[][]{
                {"empty bearer", "Authorization: Bearer "},
                {"huge bearer", "Authorization: Bearer " + "x".repeat(7000)},
                {"bearer with a tab", "Authorization: Bearer abc\tdef"},
                {"an intake token reading", bearer(intake)},
                {"basic not base64", b64 + "%%%%"},
                {"basic without a colon", b64 + base64("nhansu")},
                {"basic with a 500-character name", b64 + base64("x".repeat(500) + ":demo")},
                {"basic with NUL in the name", b64 + base64("nhan\u0000su:demo")},
                {"basic with an empty name", b64 + base64(":demo")},
                {"basic in Latin-1", b64 + Base64.getEncoder().encodeToString(
                        "nhân:demo".getBytes(StandardCharsets.ISO_8859_1))},
                {"digest scheme", "Authorization: Digest username=\"nhansu\""},
                {"unknown scheme", "Authorization: Negotiate YII="},
                {"scheme only", "Authorization: Basic"}}) {
            out.add(get("credentials: " + c[0], api, c[1]));
        }
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private Attack post(String name, String path, String contentType, byte[] body, String... more) {
        List<String> headers = new ArrayList<>(List.of(bearer(intake)));
        if (contentType != null) {
            headers.add("Content-Type: " + contentType);
        }
        headers.addAll(List.of(more));
        return new Attack(name, "POST", path, headers, body);
    }

    private Attack intakeJson(String name, String json) {
        return post("intake: " + name, INTAKE, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private void intakeBodies(List<Attack> out) {
        String d = VALID_DOSSIER;
        for (String[] c : new String[][]{
                {"empty body", ""}, {"null", "null"}, {"an array", "[]"}, {"an empty object", "{}"},
                {"a string", "\"dossiers\""}, {"a number", "42"}, {"dossiers null", "{\"dossiers\": null}"},
                {"dossiers an object", "{\"dossiers\": {}}"}, {"dossiers a string", "{\"dossiers\": \"x\"}"},
                {"a dossier that is a number", "{\"dossiers\": [1]}"},
                {"deep nesting", "{\"dossiers\": " + "[".repeat(5000) + "]".repeat(5000) + "}"},
                {"state 1e400", "{\"dossiers\": [" + d.replace("\"state\": 2", "\"state\": 1e400") + "]}"},
                {"state 1.5", "{\"dossiers\": [" + d.replace("\"state\": 2", "\"state\": 1.5") + "]}"},
                {"state as text", "{\"dossiers\": [" + d.replace("\"state\": 2", "\"state\": \"2\"") + "]}"},
                {"state -1", "{\"dossiers\": [" + d.replace("\"state\": 2", "\"state\": -1") + "]}"},
                {"state 2^63", "{\"dossiers\": [" + d.replace("\"state\": 2", "\"state\": 9223372036854775808") + "]}"},
                {"state NaN", "{\"dossiers\": [" + d.replace("\"state\": 2", "\"state\": NaN") + "]}"},
                {"a bad unicode escape", "{\"dossiers\": [" + d.replace("Nguyễn", "\\uZZZZ") + "]}"},
                {"a comment", "/* x */ {\"dossiers\": [" + d + "]}"},
                {"single quotes", "{'dossiers': []}"},
                {"trailing garbage", "{\"dossiers\": [" + d + "]} trailing"},
                {"two objects", "{\"dossiers\": []}{\"dossiers\": []}"},
                {"a field name with NUL", "{\"dossiers\": [" + d.replace("\"code\"", "\"co\\u0000de\"") + "]}"},
                {"a code of 5000 characters", "{\"dossiers\": [" + d.replace("HOSTILE-1", "H".repeat(5000)) + "]}"},
                {"a name of 100000 characters",
                        "{\"dossiers\": [" + d.replace("Nguyễn Văn A", "A".repeat(100_000)) + "]}"},
                {"SQL in a code", "{\"dossiers\": [" + d.replace("HOSTILE-1", "HOSTILE'); DROP TABLE dossier;--") + "]}"},
                {"a script as the name", "{\"dossiers\": [" + d.replace("Nguyễn Văn A", "<script>alert(1)</script>")
                        .replace("\"state\": 2", "\"state\": 99") + "]}"},
                {"a formula as the name", "{\"dossiers\": [" + d.replace("Nguyễn Văn A", "=HYPERLINK(\\\"x\\\")")
                        .replace("\"receivedAt\": \"2026-11-20T08:15:00+07:00\"", "\"receivedAt\": \"x\"") + "]}"},
                {"an event for nothing", "{\"events\": [{\"eventId\": \"e\", \"dossierCode\": \"HOSTILE-NONE\","
                        + " \"eventAt\": \"2026-11-20T09:00:00+07:00\", \"state\": 4, \"stepName\": \"x\","
                        + " \"unitCode\": \"32002\"}]}"},
                {"a time in year 275760", "{\"dossiers\": [" + d.replace("2026-11-20T08:15:00+07:00",
                        "+275760-09-13T00:00:00Z") + "]}"},
                {"an offset of +25:00", "{\"dossiers\": [" + d.replace("+07:00", "+25:00") + "]}"},
                {"a leap second", "{\"dossiers\": [" + d.replace("08:15:00", "23:59:60") + "]}"}}) {
            out.add(intakeJson(c[0], c[1]));
        }
        byte[] utf16 = ("{\"dossiers\": [" + d + "]}").getBytes(StandardCharsets.UTF_16);
        out.add(post("intake: UTF-16", INTAKE, "application/json", utf16));
        byte[] badUtf8 = ("{\"dossiers\": [" + d.replace("Nguyễn", "NGUYEN") + "]}").getBytes(StandardCharsets.UTF_8);
        int at = new String(badUtf8, StandardCharsets.UTF_8).indexOf("NGUYEN");
        badUtf8[at] = (byte) 0xC3;
        badUtf8[at + 1] = (byte) 0x28;
        out.add(post("intake: invalid UTF-8", INTAKE, "application/json", badUtf8));
        byte[] bom = ("\uFEFF{\"dossiers\": [" + d + "]}").getBytes(StandardCharsets.UTF_8);
        out.add(post("intake: a byte-order mark and an unknown unit", INTAKE, "application/json",
                new String(bom, StandardCharsets.UTF_8).replace("32002", "00000").getBytes(StandardCharsets.UTF_8)));
        StringBuilder many = new StringBuilder("{\"dossiers\": [");
        for (int i = 0; i < 5001; i++) {
            many.append(i == 0 ? "" : ",").append("{}");
        }
        out.add(intakeJson("5001 records", many.append("]}").toString()));
    }

    private void mediaTypesAndMethods(List<Attack> out) {
        byte[] body = ("{\"dossiers\": [" + VALID_DOSSIER.replace("32002", "99999") + "]}").getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("text/plain", "application/xml", "application/json; charset=latin1",
                "application/json;;", "garbage", "multipart/form-data; boundary=x", "*/*", "application/")) {
            out.add(post("intake as " + type, INTAKE, type, body));
        }
        out.add(post("intake without a Content-Type", INTAKE, null, body));
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
            out.add(new Attack(method + " on the intake", method, INTAKE, List.of(bearer(intake)), new byte[0]));
            out.add(new Attack(method + " on the indicators", method, INDICATORS + "?unit=96", List.of(bearer(read)),
                    new byte[0]));
        }
        out.add(new Attack("TRACE on the home page", "TRACE", "/", List.of(), new byte[0]));
    }

    private void loginForm(List<Attack> out) {
        String form = "Content-Type: application/x-www-form-urlencoded";
        for (String[] c : new String[][]{
                {"no fields", ""}, {"no password", "username=nhansu"},
                {"a 10000-character name", "username=" + "x".repeat(10_000) + "&password=x"},
                {"two names", "username=nhansu&username=admin&password=demo"},
                {"SQL in the name", "username=admin%27--&password=x"},
                {"a NUL in the password", "username=nhansu&password=de%00mo"},
                {"a forged token", "username=nhansu&password=demo&_csrf=forged"},
                {"an undecodable field", "username=%ZZ&password=x"}}) {
            out.add(new Attack("login: " + c[0], "POST", "/login", List.of(form),
                    c[1].getBytes(StandardCharsets.UTF_8)));
        }
    }

    private void pathsAndHeaders(List<Attack> out) {
        for (String path : List.of("/..;/api/v1/indicators", "/api/v1/..;/..;/login", "/api/v1/%2e%2e/%2e%2e/etc",
                "//api//v1//indicators", "/api/v1/indicators;jsessionid=abc", "/api/v1/%00", "/api/v1/nothing-here",
                "/api/" + "a".repeat(4000), "/VAADIN/../../etc/passwd", "/units/%2e%2e", "/units/1%0d%0aX:1",
                "/api/v1/dossiers/%2F", "/api/v1/dossiers/a%2F..%2Fb", "/api/v1/dossiers/x%5Cy")) {
            out.add(get("path " + abbreviate(path), path, bearer(read)));
        }
        String api = INDICATORS + "?unit=96&from=2026-01-01&to=2026-01-31";
        out.add(get("X-Forwarded-Proto javascript", api, bearer(read), "X-Forwarded-Proto: javascript"));
        out.add(get("X-Forwarded-For garbage", api, bearer(read), "X-Forwarded-For: ', ,;--"));
        out.add(get("an 8 KB cookie", api, bearer(read), "Cookie: a=" + "x".repeat(8000)));
        out.add(get("Accept text/html on the API", "/api/v1/dossiers/%25", bearer(read), "Accept: text/html"));
        out.add(get("Accept garbage", api, bearer(read), "Accept: ///"));
        out.add(get("a Range header", api, bearer(read), "Range: bytes=-1-2-3"));
        out.add(get("If-Modified-Since garbage", api, bearer(read), "If-Modified-Since: yesterday"));
        out.add(get("an unauthenticated page with a bad id", "/hotline/%27%3B--"));
    }
}
