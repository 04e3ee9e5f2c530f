package vn.camau.reform.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.camau.reform.demo.generator.DemoGenerator;
import vn.camau.reform.dossier.DossierRecord;
import vn.camau.reform.dossier.ServiceFlags;
import vn.camau.reform.dossier.StatBatch;
import vn.camau.reform.dossier.repository.DossierBulkLoader;
import vn.camau.reform.dossier.repository.DossierStatWriter;
import vn.camau.reform.officer.OfficerBulkWriter;

/**
 * Measures the demo load. Not part of the build: run it by hand against a database of its own, since it
 * empties the dossier tables first:
 * <pre>
 * SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/demo_gen SPRING_DATASOURCE_USERNAME=root \
 *   ./mvnw test -Dtest=DemoLoadBenchmark -Dbench.size=200000 [-Dbench.phases=true] [-Dbench.server.pid=…]
 * </pre>
 * With {@code bench.phases}, it first times the client's work and compares ways of writing rows (on the
 * first 50,000 dossiers); {@code bench.server.pid} (a local server's pid) adds the server's CPU time.
 */
@SpringBootTest(properties = "app.demo.enabled=false")
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.size", matches = "\\d+")
class DemoLoadBenchmark {

    private static final int COMPARED = 50_000;

    @Autowired
    DemoDataService demo;
    @Autowired
    DossierBulkLoader loader;
    @Autowired
    DossierStatWriter statWriter;
    @Autowired
    OfficerBulkWriter officers;
    @Autowired
    DSLContext dsl;
    @Value("${spring.datasource.url:}")
    String url;

    @Test
    void measure() throws SQLException {
        int size = Integer.getInteger("bench.size");
        if (Boolean.getBoolean("bench.phases")) {
            measurePhases(size);
        }
        empty();
        long jvm0 = jvmCpu();
        long db0 = serverCpu();
        DemoLoadReport report = demo.load(size, 1);
        System.out.printf("BENCH full pipeline: %d dossiers, %d events, %d counter rows in %d ms = %.0f dossiers/s"
                        + " (CPU: JVM %d ms, server %d ms)%n",
                report.dossiers(), report.events(), report.counterRows(), report.took().toMillis(),
                report.dossiersPerSecond(), (jvmCpu() - jvm0) / 1_000_000, serverCpu() - db0);
    }

    private void measurePhases(int size) throws SQLException {
        empty();
        DemoGenerator generator = demo.generator(size, 1, LocalDateTime.now());
        DemoWrites.officers(officers, generator.officers());
        long t0 = System.nanoTime();
        StatBatch stats = new StatBatch();
        List<DossierBulkLoader.Batch> batches = new ArrayList<>();
        List<DossierRecord> compared = new ArrayList<>();
        long[] statNanos = new long[1];
        long[] encodeNanos = new long[1];
        int[] dossiers = new int[1];
        generator.generate(10_000, chunk -> {
            long a = System.nanoTime();
            chunk.dossiers().forEach(d -> stats.add(d.facts()));
            long b = System.nanoTime();
            if (dossiers[0] < COMPARED) {
                batches.add(DossierBulkLoader.encode(chunk.dossiers(), chunk.ids(), 0));
                compared.addAll(chunk.dossiers());
            }
            encodeNanos[0] += System.nanoTime() - b;
            statNanos[0] += b - a;
            dossiers[0] += chunk.dossiers().size();
        });
        report("generate", dossiers[0], System.nanoTime() - t0 - statNanos[0] - encodeNanos[0]);
        report("facts into StatBatch", dossiers[0], statNanos[0]);
        report("encode (first " + COMPARED + ")", compared.size(), encodeNanos[0]);

        for (DossierBulkLoader.Checks checks : DossierBulkLoader.Checks.values()) {
            truncate("dossier_event", "dossier");
            long t = System.nanoTime();
            batches.forEach(b -> loader.insert(b, checks));
            report("LOAD DATA per 10,000, " + checks, compared.size(), System.nanoTime() - t);
        }
        for (DossierBulkLoader.Checks checks : DossierBulkLoader.Checks.values()) {
            truncate("dossier_event", "dossier");
            long t = System.nanoTime();
            loader.insertDossiers(batches, checks);
            report("LOAD DATA, one transaction, " + checks + " (dossiers only)", compared.size(),
                    System.nanoTime() - t);
        }
        truncate("dossier_event", "dossier");
        long t = System.nanoTime();
        for (int from = 0; from < compared.size(); from += 1_000) {
            multiRowInsert(compared.subList(from, Math.min(compared.size(), from + 1_000)), from + 1);
        }
        report("jOOQ multi-row INSERT per 1,000 (dossiers only)", compared.size(), System.nanoTime() - t);
        for (String flags : List.of("", "useBulkStmts=true", "rewriteBatchedStatements=true")) {
            truncate("dossier_event", "dossier");
            t = System.nanoTime();
            jdbcBatch(compared, flags);
            report("JDBC batch " + (flags.isEmpty() ? "(driver defaults)" : flags) + " (dossiers only)",
                    compared.size(), System.nanoTime() - t);
        }

        int rows = stats.size();
        truncate("dossier_stat");
        t = System.nanoTime();
        statWriter.apply(stats);
        report("DossierStatWriter.apply (" + rows + " rows)", dossiers[0], System.nanoTime() - t);
        truncate("dossier_stat");
        t = System.nanoTime();
        loader.addToCounters(stats);
        report("DossierBulkLoader.addToCounters (" + rows + " rows)", dossiers[0], System.nanoTime() - t);
    }

    private static final List<String> COLUMNS = List.of("id", "code", "procedure_id", "receiving_unit_id",
            "handling_unit_id", "channel", "state", "received_at", "appointment_date", "due_date", "resolved_at",
            "returned_at", "finished_at", "timing", "late_working_days", "open_due_date", "has_fee", "paid_online",
            "digitised", "returned_at_home", "rating", "applicant_name", "applicant_phone", "applicant_email",
            "handling_officer_id", "responsible_unit_id", "responsible_officer_id", "responsible_step");

    private static Object[] values(long id, DossierRecord d) {
        ServiceFlags s = d.service();
        return new Object[] {id, d.code(), d.procedureId(), d.receivingUnitId(), d.handlingUnitId(),
            d.channel().name(), d.state().code(), d.receivedAt(), d.appointmentDate(), d.dueDate(), d.resolvedAt(),
            d.returnedAt(), d.finishedAt(), d.timing() == null ? null : d.timing().name(),
            d.timing() == null ? null : d.lateWorkingDays(), d.openDueDate(), s.hasFee(), s.paidOnline(),
            s.digitised(), s.returnedHome(), s.rating() == null ? null : s.rating().name(), d.applicant().name(),
            d.applicant().phone(), d.applicant().email(), d.handlingOfficerId(), d.responsible().unitId(),
            d.responsible().officerId(), d.responsible().step()};
    }

    private void multiRowInsert(List<DossierRecord> rows, long firstId) {
        List<Field<?>> fields = COLUMNS.stream().<Field<?>>map(DSL::field).toList();
        var insert = dsl.insertInto(DSL.table("dossier"), fields);
        long id = firstId;
        for (DossierRecord d : rows) {
            insert = insert.values(Arrays.asList(values(id++, d)));
        }
        insert.execute();
    }

    private void jdbcBatch(List<DossierRecord> rows, String flags) throws SQLException {
        String u = url + (flags.isEmpty() ? "" : (url.contains("?") ? "&" : "?") + flags);
        String sql = "INSERT INTO dossier (" + String.join(", ", COLUMNS) + ") VALUES ("
                + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ")";
        try (Connection c = DriverManager.getConnection(u, System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME",
                "root"), System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
             PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            long id = 1;
            int n = 0;
            for (DossierRecord d : rows) {
                Object[] v = values(id++, d);
                for (int i = 0; i < v.length; i++) {
                    ps.setObject(i + 1, v[i]);
                }
                ps.addBatch();
                if (++n % 1_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private void empty() {
        truncate("evaluation_step", "evaluation", "evaluation_cycle", "officer_discipline", "hotline_event", "hotline_round",
                "hotline_report", "apology_step", "apology", "dossier_event", "dossier", "dossier_stat", "officer");
        dsl.execute("DELETE FROM app_setting WHERE name = 'demo.data'");
    }

    private void truncate(String... tables) {
        dsl.connection(c -> {
            try (var s = c.createStatement()) {
                s.execute("SET foreign_key_checks = 0");
                for (String t : tables) {
                    s.execute("TRUNCATE TABLE " + t);
                }
                s.execute("SET foreign_key_checks = 1");
            }
        });
    }

    private static long jvmCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU milliseconds of the database server, when its pid is given (-Dbench.server.pid) and local. */
    private static long serverCpu() {
        String pid = System.getProperty("bench.server.pid");
        if (pid == null) {
            return 0;
        }
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat")).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static void report(String phase, int n, long nanos) {
        System.out.printf("BENCH %-58s %8d in %6d ms = %,.0f /s%n", phase, n, nanos / 1_000_000, n / (nanos / 1e9));
    }
}
