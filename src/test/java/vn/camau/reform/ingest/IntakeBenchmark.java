package vn.camau.reform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.TestLogins;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.dossier.query.DirectCountQuery;
import vn.camau.reform.dossier.query.StatQuery;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;

/**
 * The intake benchmark of issue 7, run by hand (never part of the build), over real HTTP against the
 * running application and a database of its own:
 * <pre>
 * mysql -uroot -h127.0.0.1 -e 'CREATE DATABASE IF NOT EXISTS intakebench'
 * SPRING_DATASOURCE_URL='jdbc:mariadb://127.0.0.1:3306/intakebench' SPRING_DATASOURCE_USERNAME=root \
 *   ./mvnw test -Dtest=IntakeBenchmark -Dbench.batches=100
 * </pre>
 * Each of {@code bench.senders} one-stop systems (default 2) sends {@code bench.batches} batches,
 * one after the other, as fast as the answers come. A batch holds what a busy system has to say:
 * 250 new dossiers, each with its reception event, and the next event of the 750 dossiers it sent in
 * its three previous batches (processing, resolved, returned): 1,000 events and 250 snapshots, which
 * touch 1,000 dossiers. Every answer must be 200. Prints events a second, batch latencies and the
 * counts, to stdout and {@code target/benchmark/intake.md}; then checks that the summary counters
 * equal a direct count over the dossiers for the month the batches fill.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo.dossiers=200000"})
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.batches", matches = "\\d+")
class IntakeBenchmark {

    private static final int BATCHES = Integer.getInteger("bench.batches", 100);
    private static final int SENDERS = Integer.getInteger("bench.senders", 2);
    private static final int NEW_PER_BATCH = 250;
    private static final int[] STATES = {2, 4, 9, 10};
    private static final String[] STEPS = {"Tiếp nhận", "Thẩm định", "Phê duyệt", "Trả kết quả"};

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    StatQuery stats;
    @Autowired
    DirectCountQuery direct;

    @Test
    void measure() throws Exception {
        TestLogins.loginAs(users, "admin");
        String token = tokens.issue("bench-intake-" + System.nanoTime(), "admin", ApiTokenPurpose.INTAKE).token();
        TestLogins.logout();
        List<String> units = dsl.select(ADMIN_UNIT.CODE).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.UNIT_LEVEL.eq(UnitLevel.COMMUNE).and(ADMIN_UNIT.VALID_TO.isNull())).fetch(ADMIN_UNIT.CODE);
        List<String> procedures = dsl.select(CATALOG_PROCEDURE.CODE).from(CATALOG_PROCEDURE)
                .where(CATALOG_PROCEDURE.RESOLVING_LEVEL.eq("COMMUNE")).fetch(CATALOG_PROCEDURE.CODE);
        HttpClient http = HttpClient.newHttpClient();
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);

        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        List<Future<List<Long>>> senders = new ArrayList<>();
        long started = System.nanoTime();
        for (int s = 0; s < SENDERS; s++) {
            String prefix = "B" + run + "-" + s + "-";
            senders.add(pool.submit(() -> send(http, token, prefix, units, procedures)));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<List<Long>> f : senders) {
            latencies.addAll(f.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        // the first three batches of each sender carry fewer events (their pipeline is filling)
        long events = 0;
        for (int b = 0; b < BATCHES; b++) {
            events += (long) NEW_PER_BATCH * Math.min(b + 1, 4);
        }
        events *= SENDERS;
        Collections.sort(latencies);
        List<String> lines = List.of(
                "# Intake benchmark",
                "",
                String.format(Locale.ROOT, "%d senders × %d batches, %d events and %d snapshots in %.1f s",
                        SENDERS, BATCHES, events, (long) SENDERS * BATCHES * NEW_PER_BATCH, seconds),
                String.format(Locale.ROOT, "**%.0f events/s**; batch latency p50 %d ms, p95 %d ms, max %d ms",
                        events / seconds, pct(latencies, 50), pct(latencies, 95), latencies.getLast()));
        lines.forEach(System.out::println);
        // fast is worthless if wrong: the counters the screens read must equal a count over the dossiers
        UnitScope province = new UnitScope(1, "/1/");
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 9, 30);
        assertThat(nonZero(stats.sumByUnit(province, "/1/", UnitStructure.CURRENT, from, to)))
                .isEqualTo(nonZero(direct.sumsByUnit(province, "/1/", UnitStructure.CURRENT, from, to)));
        Path out = Path.of("target", "benchmark");
        Files.createDirectories(out);
        Files.write(out.resolve("intake.md"), lines);
    }

    private List<Long> send(HttpClient http, String token, String prefix, List<String> units, List<String> procedures)
            throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            String body = batch(prefix, b, units, procedures);
            long t0 = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                    + "/api/v1/intake/dossiers"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            latencies.add((System.nanoTime() - t0) / 1_000_000);
            if (answer.statusCode() == 429) {
                long wait = answer.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(wait * 1000);
                b--;
                continue;
            }
            if (answer.statusCode() != 200) {
                throw new AssertionError("batch " + b + ": " + answer.statusCode() + " " + answer.body());
            }
        }
        return latencies;
    }

    /** Batch b: dossiers b*250.. new with their first event; the dossiers of b-1, b-2, b-3 one step on. */
    private static String batch(String prefix, int b, List<String> units, List<String> procedures) {
        // a fixed past week, so that every time is in the past and the rules have a calendar to count
        LocalDateTime received = LocalDateTime.of(2026, 9, 7, 8, 0);
        StringBuilder json = new StringBuilder(400_000).append("{\"dossiers\":[");
        for (int i = 0; i < NEW_PER_BATCH; i++) {
            int n = b * NEW_PER_BATCH + i;
            String unit = units.get(n % units.size());
            json.append(i == 0 ? "" : ",").append("{\"code\":\"").append(prefix).append(n)
                    .append("\",\"procedureCode\":\"").append(procedures.get(n % procedures.size()))
                    .append("\",\"receivingUnitCode\":\"").append(unit).append("\",\"handlingUnitCode\":\"").append(unit)
                    .append("\",\"channel\":\"ONLINE\",\"state\":2,\"receivedAt\":\"").append(received)
                    .append("\",\"appointmentDate\":\"2026-09-11\",\"applicantName\":\"Nguyễn Văn ").append(n)
                    .append("\",\"hasFee\":false,\"updatedAt\":\"").append(received).append("\"}");
        }
        json.append("],\"events\":[");
        boolean first = true;
        for (int step = 0; step < 4 && b - step >= 0; step++) {
            for (int i = 0; i < NEW_PER_BATCH; i++) {
                int n = (b - step) * NEW_PER_BATCH + i;
                String unit = units.get(n % units.size());
                json.append(first ? "" : ",").append("{\"eventId\":\"").append(n).append('-').append(step)
                        .append("\",\"dossierCode\":\"").append(prefix).append(n)
                        .append("\",\"eventAt\":\"").append(received.plusDays(step).plusMinutes(step * 30L))
                        .append("\",\"state\":").append(STATES[step]).append(",\"stepName\":\"").append(STEPS[step])
                        .append("\",\"unitCode\":\"").append(unit).append("\",\"stepDueDate\":\"2026-09-1")
                        .append(step).append("\"}");
                first = false;
            }
        }
        return json.append("]}").toString();
    }

    private static Map<Long, StatTotals> nonZero(Map<Long, StatTotals> totals) {
        Map<Long, StatTotals> result = new HashMap<>(totals);
        result.values().removeIf(StatTotals.ZERO::equals);
        return result;
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
