package vn.camau.reform.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.camau.reform.demo.generator.DemoGenerator;
import vn.camau.reform.dossier.StatBatch;
import vn.camau.reform.dossier.repository.DossierBulkLoader;

/**
 * Measures the demo load phase by phase. Not part of the build: run it by hand against a database of
 * its own, since it empties the dossier tables first:
 * <pre>
 * SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/demo_gen SPRING_DATASOURCE_USERNAME=root \
 *   ./mvnw test -Dtest=DemoLoadBenchmark -Dbench.size=200000
 * </pre>
 */
@SpringBootTest(properties = "app.demo.enabled=false")
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.size", matches = "\\d+")
class DemoLoadBenchmark {

    @Autowired
    DemoDataService demo;
    @Autowired
    DossierBulkLoader loader;
    @Autowired
    DSLContext dsl;
    @Autowired
    vn.camau.reform.dossier.repository.DossierStatWriter statWriter;
    @Autowired
    vn.camau.reform.demo.repository.DemoDataRepository repository;

    @Test
    void measure() {
        int size = Integer.getInteger("bench.size");
        empty();
        LocalDateTime now = LocalDateTime.now();
        DemoGenerator generator = demo.generator(size, 1, now);
        repository.insertOfficers(generator.officers());

        long t0 = System.nanoTime();
        StatBatch stats = new StatBatch();
        List<DossierBulkLoader.Batch> batches = new ArrayList<>();
        long[] gen = new long[1];
        long[] enc = new long[1];
        int[] dossiers = new int[1];
        generator.generate(10_000, chunk -> {
            long a = System.nanoTime();
            chunk.dossiers().forEach(d -> stats.add(d.facts()));
            long b = System.nanoTime();
            if (dossiers[0] < 400_000) {
                batches.add(DossierBulkLoader.encode(chunk.dossiers(), chunk.ids(), 0));
            }
            enc[0] += System.nanoTime() - b;
            gen[0] -= b - a;
            dossiers[0] += chunk.dossiers().size();
        });
        long generation = System.nanoTime() - t0 + gen[0] - enc[0];
        report("generate", dossiers[0], generation);
        report("stats (facts into StatBatch)", dossiers[0], -gen[0]);
        report("encode", dossiers[0], enc[0]);

        for (DossierBulkLoader.Checks checks : Boolean.getBoolean("bench.phases")
                ? DossierBulkLoader.Checks.values() : new DossierBulkLoader.Checks[0]) {
            truncate("dossier_event", "dossier");
            int loaded = 0;
            long t1 = System.nanoTime();
            for (DossierBulkLoader.Batch b : batches) {
                loader.insert(b, checks);
                loaded += b.dossierCount();
            }
            report("LOAD DATA, one thread, " + checks, loaded, System.nanoTime() - t1);
        }
        int rows = stats.size();
        long t2 = System.nanoTime();
        statWriter.apply(stats);
        report("DossierStatWriter.apply (" + rows + " rows)", dossiers[0], System.nanoTime() - t2);
        truncate("dossier_stat");
        long t3 = System.nanoTime();
        loader.addToCounters(stats);
        report("addToCounters (" + rows + " rows)", dossiers[0], System.nanoTime() - t3);

        empty();
        long jvm0 = jvmCpu();
        long db0 = serverCpu();
        DemoLoadReport report = demo.load(size, 1);
        System.out.printf("BENCH full pipeline: %d dossiers, %d events in %d ms = %.0f dossiers/s"
                        + " (CPU: JVM %d ms, server %d ms)%n",
                report.dossiers(), report.events(), report.took().toMillis(), report.dossiersPerSecond(),
                (jvmCpu() - jvm0) / 1_000_000, serverCpu() - db0);
    }

    private void empty() {
        truncate("dossier_event", "dossier", "dossier_stat", "officer");
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
        System.out.printf("BENCH %-32s %8d in %6d ms = %,.0f /s%n", phase, n, nanos / 1_000_000, n / (nanos / 1e9));
    }
}
