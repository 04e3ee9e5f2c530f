package vn.camau.reform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.jooq.Tables.API_TOKEN;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;
import static vn.camau.reform.jooq.Tables.IMPORT_RUN;
import static vn.camau.reform.jooq.Tables.USER_NOTIFICATION;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.TestNodes;
import vn.camau.reform.base.cluster.LockTableFailureAnalyzer;
import vn.camau.reform.calendar.CalendarDay;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.Confidence;
import vn.camau.reform.calendar.DayKind;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.dossier.LateCaseDigest;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.hotline.HotlineDigest;
import vn.camau.reform.ingest.IntakeBatches;
import vn.camau.reform.notification.NotificationKind;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;

/**
 * Two application instances on one MariaDB, as two nodes behind a load balancer (README "More than
 * one node"): the morning digests go out once, the intake rate limit is one limit for both, the same
 * batch sent to both at once is stored once, a calendar or unit change made through one is seen at
 * once by the other, and so is a dossier (back-dated or of today) by the figures the other kept; and
 * each node's health and metrics on its management port, readiness down while its database is cut off.
 * Node A starts the database (the embedded one under target/, or the server of SPRING_DATASOURCE_URL);
 * node B reaches it through a TCP relay the test can cut. Web servers on free ports: run in a JVM of its
 * own (tag "cluster"), like the browser tests.
 */
@Tag("cluster")
class ClusterTest {

    private static final String TOKEN_PREFIX = "test-cluster:";
    /** The nodes' intake limit: a burst of 4, then one batch every 2 seconds. */
    private static final int BURST = 4;
    private static final double RATE = 0.5;

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static TcpRelay relayToB;
    private static DSLContext dsl;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        a = node(Map.of());
        HikariDataSource db = a.getBean(HikariDataSource.class);
        Matcher url = Pattern.compile("jdbc:mariadb://([^:/]+):(\\d+)(/.*)").matcher(db.getJdbcUrl());
        assertThat(url.matches()).as(db.getJdbcUrl()).isTrue();
        relayToB = new TcpRelay(url.group(1), Integer.parseInt(url.group(2)));
        b = node(Map.of("spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + relayToB.port() + url.group(3),
                "spring.datasource.username", db.getUsername(),
                "spring.datasource.password", db.getPassword() == null ? "" : db.getPassword(),
                // a database that is gone is reported within seconds, not after Hikari's 30 s
                "spring.datasource.hikari.connection-timeout", "2000"));
        dsl = a.getBean(DSLContext.class);
    }

    private static ConfigurableApplicationContext node(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "intake.requests-per-second", String.valueOf(RATE),
                "intake.burst", String.valueOf(BURST)));
        properties.putAll(extra);
        return TestNodes.start(properties);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        if (b != null) {
            b.close();
        }
        if (relayToB != null) {
            relayToB.close();
        }
        if (a != null) {
            a.close();
        }
    }

    // explicit cleanup: two nodes share the database, each with its own connections; what one wrote the other must see committed
    @AfterEach
    void cleanUp() {
        var tokens = dsl.select(API_TOKEN.ID).from(API_TOKEN).where(API_TOKEN.NAME.startsWith(TOKEN_PREFIX));
        dsl.deleteFrom(IMPORT_RUN).where(IMPORT_RUN.TOKEN_ID.in(tokens)).execute();
        dsl.deleteFrom(API_TOKEN).where(API_TOKEN.NAME.startsWith(TOKEN_PREFIX)).execute();
    }

    @Test
    void theMorningDigestsGoOutOnceWhenBothNodesFireTogether() throws Exception {
        LocalDate day = nextWorkingDay();
        dsl.execute("DELETE FROM shedlock WHERE name IN ('late-case-digest', 'hotline-digest')");
        long before = dsl.select(org.jooq.impl.DSL.max(USER_NOTIFICATION.ID)).from(USER_NOTIFICATION)
                .fetchOptional(r -> r.value1()).map(id -> id == null ? 0L : id).orElse(0L);
        try {
            List<Boolean> late = together(() -> a.getBean(LateCaseDigest.class).sendOnce(day),
                    () -> b.getBean(LateCaseDigest.class).sendOnce(day));
            List<Boolean> hotline = together(() -> a.getBean(HotlineDigest.class).sendOnce(day),
                    () -> b.getBean(HotlineDigest.class).sendOnce(day));
            assertThat(late).as("the late-case digest ran on exactly one node").containsExactlyInAnyOrder(true, false);
            assertThat(hotline).as("the hotline digest ran on exactly one node").containsExactlyInAnyOrder(true, false);
            // a node whose clock runs a little behind fires a moment later: still held
            assertThat(b.getBean(LateCaseDigest.class).sendOnce(day)).isFalse();
            assertThat(a.getBean(HotlineDigest.class).sendOnce(day)).isFalse();

            var perUser = dsl.select(USER_NOTIFICATION.USER_ID, USER_NOTIFICATION.KIND, org.jooq.impl.DSL.count())
                    .from(USER_NOTIFICATION).where(USER_NOTIFICATION.ID.gt(before))
                    .groupBy(USER_NOTIFICATION.USER_ID, USER_NOTIFICATION.KIND).fetch();
            assertThat(perUser).as("the demo's leaders have late dossiers: someone got the digest")
                    .anyMatch(r -> r.value2() == NotificationKind.DAILY_DIGEST);
            assertThat(perUser).as("nobody got a digest twice").allMatch(r -> r.value3() == 1);
        } finally {
            dsl.deleteFrom(USER_NOTIFICATION).where(USER_NOTIFICATION.ID.gt(before)).execute();
            dsl.execute("DELETE FROM shedlock WHERE name IN ('late-case-digest', 'hotline-digest')");
        }
    }

    @Test
    void theIntakeRateLimitIsOneLimitForBothNodes() throws Exception {
        String token = issueToken("rate");
        int perNode = 10;
        long started = System.nanoTime();
        List<int[]> answers = together(() -> hammer(a, token, perNode), () -> hammer(b, token, perNode));
        double seconds = (System.nanoTime() - started) / 1e9;
        int granted = answers.get(0)[0] + answers.get(1)[0];
        int refused = answers.get(0)[1] + answers.get(1)[1];
        assertThat(granted + refused).isEqualTo(2 * perNode);
        // one bucket: the burst plus what refilled meanwhile; a bucket per node would let through twice
        // the burst (each node alone would grant 4 of its 10)
        assertThat(granted).as("granted in %.1f s", seconds)
                .isGreaterThanOrEqualTo(BURST)
                .isLessThanOrEqualTo(BURST + (int) Math.floor(seconds * RATE));
        assertThat(answers).as("each node refused some").allMatch(n -> n[1] > 0);
    }

    /** Sends {@code count} (invalid, so nothing is stored) batches: {granted, refused with 429}. */
    private static int[] hammer(ConfigurableApplicationContext node, String token, int count) throws Exception {
        int granted = 0;
        int limited = 0;
        for (int i = 0; i < count; i++) {
            HttpResponse<String> answer = post(node, token, "{}");
            if (answer.statusCode() == 429) {
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                limited++;
            } else {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
                granted++;
            }
        }
        return new int[] {granted, limited};
    }

    @Test
    void theSameBatchSentToBothNodesAtOnceIsStoredOnce() throws Exception {
        TestDossiers dossiers = a.getBean(TestDossiers.class);
        dossiers.reset();
        try {
            String token = issueToken("batch");
            String batch = IntakeBatches.twoDossiers();
            List<HttpResponse<String>> answers = together(() -> post(a, token, batch), () -> post(b, token, batch));
            int created = 0;
            int stored = 0;
            for (HttpResponse<String> answer : answers) {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                JsonNode body = json.readTree(answer.body());
                created += body.at("/dossiers/created").asInt();
                stored += body.at("/events/stored").asInt();
            }
            assertThat(created).as("each dossier created by one of the two").isEqualTo(2);
            assertThat(stored).as("each event stored by one of the two").isEqualTo(2);
            var ids = dsl.select(DOSSIER.ID).from(DOSSIER).where(DOSSIER.CODE.in("INTAKE-1", "INTAKE-2"));
            assertThat(dsl.fetchCount(DOSSIER, DOSSIER.CODE.in("INTAKE-1", "INTAKE-2"))).isEqualTo(2);
            assertThat(dsl.fetchCount(DOSSIER_EVENT, DOSSIER_EVENT.DOSSIER_ID.in(ids))).isEqualTo(2);
        } finally {
            dossiers.removeAll();
        }
    }

    @Test
    void aCalendarOrUnitChangeThroughOneNodeIsSeenAtOnceByTheOther() {
        // a Wednesday far ahead, which no other test touches
        LocalDate day = LocalDate.of(2099, 6, 3);
        CalendarService onA = a.getBean(CalendarService.class);
        CalendarService onB = b.getBean(CalendarService.class);
        assertThat(onB.calendar().isWorkingDay(day)).as("B holds the calendar in memory").isTrue();
        asAdmin(a, () -> {
            onA.save(new CalendarDay(day, DayKind.DAY_OFF, "Ngày nghỉ thử", Confidence.HIGH));
            return null;
        });
        try {
            assertThat(onB.calendar().isWorkingDay(day)).as("B sees A's new day off").isFalse();
        } finally {
            asAdmin(a, () -> {
                onA.delete(day);
                return null;
            });
        }
        assertThat(onB.calendar().isWorkingDay(day)).as("and its removal").isTrue();

        TestDossiers units = a.getBean(TestDossiers.class);
        units.removeAll();
        ReportUnits indicatorsOnB = b.getBean(ReportUnits.class);
        assertThat(asUser(b, "lanhdao.tinh", () -> indicatorsOnB.unitByCode("96.TEST", UnitStructure.CURRENT)))
                .as("B holds the units in memory").isEmpty();
        units.reset();
        try {
            assertThat(asUser(b, "lanhdao.tinh", () -> indicatorsOnB.unitByCode("96.TEST", UnitStructure.CURRENT)))
                    .as("B sees the unit added through A").isPresent();
        } finally {
            units.removeAll();
        }
    }

    @Test
    void aBackDatedDossierWrittenThroughOneNodeChangesTheClosedFiguresTheOtherKept() {
        theOtherNodeCountsADossierWrittenThroughOne(today -> Period.custom(today.minusDays(60), today.minusDays(10)),
                today -> today.minusDays(20));
    }

    @Test
    void aDossierOfTodayWrittenThroughOneNodeChangesTheRunningFiguresTheOtherKept() {
        theOtherNodeCountsADossierWrittenThroughOne(today -> Period.custom(today.minusDays(60), today), today -> today);
    }

    /** B reads the figures twice (keeping them), A writes a dossier received on {@code day}, B counts it. */
    private static void theOtherNodeCountsADossierWrittenThroughOne(Function<LocalDate, Period> periodEndingNear,
                                                                    UnaryOperator<LocalDate> day) {
        TestDossiers testDossiers = a.getBean(TestDossiers.class);
        testDossiers.reset();
        try {
            IndicatorService onB = b.getBean(IndicatorService.class);
            LocalDate today = asUser(b, "lanhdao.tinh", onB::today);
            Period period = periodEndingNear.apply(today);
            Supplier<Long> receivedOnB = () -> asUser(b, "lanhdao.tinh",
                    () -> onB.breakdown(TestDossiers.AGENCY, period, UnitStructure.CURRENT).total()
                            .get(StatCounter.RECEIVED));
            long before = receivedOnB.get();
            assertThat(receivedOnB.get()).as("B keeps the period's figures").isEqualTo(before);
            LocalDate received = day.apply(today);
            asAdmin(a, () -> a.getBean(DossierWriteService.class).save(TestDossiers.dossier("T-CLUSTER",
                    TestDossiers.AGENCY, received, received.plusDays(14), null, DossierState.PROCESSING,
                    Channel.ONLINE, 0)));
            assertThat(receivedOnB.get()).as("B sees the dossier written through A").isEqualTo(before + 1);
        } finally {
            testDossiers.removeAll();
        }
    }

    @Test
    void eachNodeAnswersHealthAndMetricsOnItsManagementPortOnly() throws Exception {
        assertThat(get(management(a), "/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get(management(a), "/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ready.body()).get("status").asString()).isEqualTo("UP");

        assertThat(json.readTree(get(management(a), "/actuator/info").body()).at("/app/name").asString())
                .isEqualTo("Cà Mau administrative reform dashboard");

        // an intake batch first, so that its counters exist
        post(a, issueToken("metrics"), "{}");
        String metrics = get(management(a), "/actuator/prometheus").body();
        assertThat(metrics).contains("http_server_requests_seconds_bucket", "hikaricp_connections_active",
                "reform_intake_batches_total{application=\"camau-reform\",result=\"REFUSED\"}",
                "reform_intake_records_total", "reform_ui_sessions");

        // nothing else is served there, and nothing of it on the application's port
        for (String other : List.of("/actuator/env", "/actuator/heapdump", "/actuator/beans", "/actuator/loggers")) {
            assertThat(get(management(a), other).statusCode()).as(other).isEqualTo(403);
        }
        HttpResponse<String> onAppPort = get(server(a), "/actuator/prometheus");
        assertThat(onAppPort.body()).doesNotContain("hikaricp_connections");
    }

    @Test
    void aNodeWhoseDatabaseIsCutOffIsNotReadyAndIsAgainOnceItIsBack() throws Exception {
        assertThat(get(management(b), "/actuator/health/readiness").statusCode()).isEqualTo(200);
        relayToB.cut();
        try {
            HttpResponse<String> cut = get(management(b), "/actuator/health/readiness");
            assertThat(cut.statusCode()).isEqualTo(503);
            assertThat(json.readTree(cut.body()).get("status").asString()).isEqualTo("DOWN");
            assertThat(get(management(b), "/actuator/health/liveness").statusCode())
                    .as("alive all the same: restarting it would not bring the database back").isEqualTo(200);
        } finally {
            relayToB.restore();
        }
        assertThat(get(management(b), "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void aDatabaseWithoutTheLockTableStopsTheStartWithOneLine() {
        HikariDataSource db = a.getBean(HikariDataSource.class);
        String schema = db.getJdbcUrl().replaceAll(".*/([^/?]+).*", "$1") + "_nolock";
        dsl.execute("DROP DATABASE IF EXISTS " + schema);
        dsl.execute("CREATE DATABASE " + schema);
        String url = db.getJdbcUrl().replaceAll("/[^/?]+(\\?|$)", "/" + schema + "$1");
        String password = db.getPassword() == null ? "" : db.getPassword();
        try {
            // a database migrated to this version whose lock table is gone (a partial restore, a hand-made
            // copy): the application would start and never send a digest
            Flyway.configure().dataSource(url, db.getUsername(), password).locations("classpath:db/migration")
                    .load().migrate();
            dsl.execute("DROP TABLE " + schema + ".shedlock");
            assertThatThrownBy(() -> node(Map.of("spring.datasource.url", url,
                    "spring.datasource.username", db.getUsername(), "spring.datasource.password", password)).close())
                    .satisfies(failure -> {
                        FailureAnalysis analysis = new LockTableFailureAnalyzer().analyze(failure);
                        assertThat(analysis).isNotNull();
                        assertThat(analysis.getDescription()).contains("lock table 'shedlock' is missing",
                                "migration V12");
                    })
                    .hasRootCauseInstanceOf(java.sql.SQLException.class)
                    .rootCause().hasMessageContaining("shedlock");
        } finally {
            dsl.execute("DROP DATABASE IF EXISTS " + schema);
        }
    }

    private static LocalDate nextWorkingDay() {
        var calendar = a.getBean(CalendarService.class).calendar();
        LocalDate day = LocalDate.now(a.getBean(java.time.Clock.class));
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static String issueToken(String name) {
        return asAdmin(a, () -> a.getBean(ApiTokenService.class)
                .issue(TOKEN_PREFIX + name, "admin", ApiTokenPurpose.INTAKE).token());
    }

    private static <T> T asAdmin(ConfigurableApplicationContext node, Supplier<T> action) {
        return asUser(node, "admin", action);
    }

    private static <T> T asUser(ConfigurableApplicationContext node, String username, Supplier<T> action) {
        return TestNodes.as(node, username, action);
    }

    /** Runs both at the same moment (as far as two threads can) and returns both results. */
    @SafeVarargs
    private static <T> List<T> together(Callable<T>... tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext node, String token, String body)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server(node) + "/api/v1/intake/dossiers"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String server(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
    }

    private static String management(ConfigurableApplicationContext node) {
        Environment env = node.getEnvironment();
        return "http://127.0.0.1:" + env.getProperty("local.management.port");
    }
}
