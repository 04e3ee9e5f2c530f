package vn.camau.reform.dashboard.report;

import static vn.camau.reform.jooq.Tables.DOSSIER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.camau.reform.TestLogins;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.dashboard.IndicatorService;

/**
 * The monthly report's benchmark (issue 20: the province's report in under 10 seconds at 5 million
 * dossiers), run by hand, never in the build, against an empty database of its own, which the demo
 * loader fills with {@code bench.dossiers} dossiers on start:
 * <pre>
 * mysql -uroot -h127.0.0.1 -e 'CREATE DATABASE IF NOT EXISTS bench_report'
 * SPRING_DATASOURCE_URL='jdbc:mariadb://127.0.0.1:3306/bench_report' SPRING_DATASOURCE_USERNAME=root \
 *   ./mvnw test -Dtest=MonthlyReportBenchmark -Dbench.dossiers=5000000
 * </pre>
 * Times the whole of {@link MonthlyReportService#generate} for the province and last month, as a
 * province leader asks for it (figures, charts, PDF, DOCX, stored): first with every figure computed
 * afresh (the kept figures of closed periods dropped before each run), then as a second request finds
 * them kept. Results go to stdout and {@code target/benchmark/monthly-report.md}.
 */
@SpringBootTest(properties = {"app.demo.enabled=true", "app.demo.dossiers=${bench.dossiers}"})
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.dossiers", matches = "\\d+")
class MonthlyReportBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    @Autowired
    MonthlyReportService reports;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ReportUnits reportUnits;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    private final List<String> lines = new ArrayList<>();

    @Test
    void measure() throws IOException {
        TestLogins.loginAs(users, "lanhdao.tinh");
        long province = reportUnits.homeUnit().id();
        Period lastMonth = Period.month(YearMonth.from(indicators.today()).minusMonths(1));
        line("Province report for %s–%s over %,d dossiers, %d runs each", lastMonth.from(), lastMonth.to(),
                dsl.fetchCount(DOSSIER), RUNS);
        reports.generate(province, lastMonth); // warms the JVM: classes, fonts, JFreeChart
        line("");
        line("| province monthly report | p50 | max |");
        line("|---|---|---|");
        time("every figure computed afresh", () -> ClosedFigures.raise(dsl), province, lastMonth);
        time("the closed month's figures kept from an earlier request", () -> { }, province, lastMonth);
        Path out = Path.of("target", "benchmark");
        Files.createDirectories(out);
        Files.write(out.resolve("monthly-report.md"), lines);
        TestLogins.logout();
    }

    private void time(String label, Runnable before, long unit, Period period) {
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            before.run();
            long start = System.nanoTime();
            reports.generate(unit, period);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        line("| %s | %,d ms | %,d ms |", label, ms[RUNS / 2], ms[RUNS - 1]);
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        lines.add(text);
    }
}
