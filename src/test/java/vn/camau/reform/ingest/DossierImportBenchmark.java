package vn.camau.reform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;

/**
 * The file-import benchmark of issue 7, run by hand (never part of the build): writes a CSV of
 * {@code bench.rows} dossiers with valid codes from the seed data (procedures, units in force),
 * then validates and imports it through {@link ImportService}, as the import screen does, and
 * prints the time of each pass and the rows a second:
 * <pre>
 * SPRING_DATASOURCE_URL='jdbc:mariadb://127.0.0.1:3306/imp' SPRING_DATASOURCE_USERNAME=root \
 *   ./mvnw test -Dtest=DossierImportBenchmark -Dbench.rows=1000000
 * </pre>
 * Each run uses new dossier codes (BENCH-&lt;time&gt;-n), so every row is created; the dossiers stay in
 * the database afterwards (with their counters), so run it against a database of its own.
 */
@AppTest
@EnabledIfSystemProperty(named = "bench.rows", matches = "\\d+")
class DossierImportBenchmark {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ImportService imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    @Test
    void importMillionRows() throws IOException {
        int rows = Integer.getInteger("bench.rows");
        Path file = Path.of("target/benchmark/dossiers-" + rows + ".csv");
        long t0 = System.nanoTime();
        write(file, rows);
        double writeSeconds = seconds(t0);
        System.out.printf("%nGenerated %,d rows (%,d MB) in %.1f s%n", rows, Files.size(file) >> 20, writeSeconds);

        TestLogins.loginAs(users, "admin");
        try {
            long t1 = System.nanoTime();
            ImportPreview preview = imports.validate(ImportKind.DOSSIERS, file, file.getFileName().toString(),
                    ImportProgress.NONE);
            double validate = seconds(t1);
            assertThat(preview.valid()).as(preview.problems() + " " + preview.rowErrors().stream().limit(5)
                    .toList()).isTrue();
            long t2 = System.nanoTime();
            ImportOutcome outcome = imports.importFile(ImportKind.DOSSIERS, file, file.getFileName().toString(),
                    ImportProgress.NONE);
            double imported = seconds(t2);
            assertThat(outcome.result()).isEqualTo(ImportResult.SUCCEEDED);
            assertThat(outcome.counts().created()).isEqualTo(rows);
            String report = String.format("""

                    Dossier file import, %,d rows (CSV, %,d MB), 2 cores
                      validation pass: %7.1f s  (%,.0f rows/s)
                      import pass:     %7.1f s  (%,.0f rows/s)
                      total:           %7.1f s  (%,.0f rows/s)  -> %s
                    """, rows, Files.size(file) >> 20, validate, rows / validate, imported, rows / imported,
                    validate + imported, rows / (validate + imported), outcome.counts());
            System.out.println(report);
            Files.writeString(Path.of("target/benchmark/dossier-import.md"), report);
        } finally {
            TestLogins.logout();
        }
    }

    /** Rows that pass every check: codes that exist, times in order and in the past. */
    private void write(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> procedures = dsl.select(CATALOG_PROCEDURE.CODE).from(CATALOG_PROCEDURE)
                .where(CATALOG_PROCEDURE.CODE.notLike("TEST%").and(CATALOG_PROCEDURE.CODE.notLike("9.%")))
                .fetch(CATALOG_PROCEDURE.CODE);
        List<String> units = dsl.select(ADMIN_UNIT.CODE).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.VALID_TO.isNull(), ADMIN_UNIT.UNIT_LEVEL.eq(UnitLevel.COMMUNE),
                        ADMIN_UNIT.VALID_FROM.isNull().or(ADMIN_UNIT.VALID_FROM.le(LocalDate.of(2025, 8, 1))))
                .fetch(ADMIN_UNIT.CODE);
        assertThat(procedures).isNotEmpty();
        assertThat(units).isNotEmpty();
        String run = "BENCH-" + System.currentTimeMillis() + "-";
        Random random = new Random(7);
        LocalDateTime start = LocalDateTime.of(2025, 8, 1, 7, 30);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFMã hồ sơ,Mã thủ tục,Mã đơn vị tiếp nhận,Mã đơn vị giải quyết,Hình thức nộp,Trạng thái,"
                    + "Thời điểm tiếp nhận,Ngày hẹn trả,Người nộp,Thời điểm cập nhật,Thời điểm giải quyết xong,"
                    + "Thời điểm trả kết quả,\"Có phí, lệ phí\",Điện thoại người nộp\r\n");
            for (int i = 0; i < rows; i++) {
                LocalDateTime received = start.plusMinutes(random.nextInt(450 * 24 * 60));
                String unit = units.get(random.nextInt(units.size()));
                boolean done = random.nextInt(10) < 8;
                LocalDateTime resolved = received.plusHours(2 + random.nextInt(24 * 12));
                LocalDateTime updated = done ? resolved : received.plusMinutes(30);
                out.write(run + i + ',' + procedures.get(random.nextInt(procedures.size())) + ',' + unit + ','
                        + unit + ',' + (random.nextBoolean() ? "ONLINE" : "IN_PERSON") + ',' + (done ? "10" : "4")
                        + ',' + TIME.format(received) + ',' + DAY.format(received.plusDays(7)) + ",Nguyễn Văn "
                        + (i % 997) + ',' + TIME.format(updated) + ',' + (done ? TIME.format(resolved) : "") + ','
                        + (done ? TIME.format(resolved) : "") + ',' + (random.nextBoolean() ? "có" : "không")
                        + ",09" + String.format("%08d", i % 100_000_000) + "\r\n");
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
