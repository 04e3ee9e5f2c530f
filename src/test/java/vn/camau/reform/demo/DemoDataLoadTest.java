package vn.camau.reform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.camau.reform.AppTest;
import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.dossier.StatCounter;

/**
 * The demo data the test context loaded at start ({@code app.demo.dossiers} in
 * application-test.properties), checked against the database itself: above all, every summary counter
 * equals an independent count over the dossier table written here in plain SQL.
 */
@AppTest
class DemoDataLoadTest {

    /** Every counter of StatCounter, as one CASE WHEN per fact over the dossier table. */
    private static final String FACTS = """
            SELECT handling_unit_id AS unit_id, DATE(received_at) AS day,
                   1 AS received,
                   CASE WHEN channel = 'ONLINE' THEN 1 ELSE 0 END AS received_online,
                   CASE WHEN channel = 'POSTAL' THEN 1 ELSE 0 END AS received_postal,
                   CASE WHEN has_fee THEN 1 ELSE 0 END AS with_fee,
                   CASE WHEN has_fee AND paid_online THEN 1 ELSE 0 END AS paid_online,
                   0 AS resolved, 0 AS resolved_early, 0 AS resolved_on_time, 0 AS resolved_late, 0 AS late_days,
                   0 AS digitised, 0 AS returned_home, 0 AS rated, 0 AS satisfied,
                   0 AS finished, 0 AS finished_after_due, 0 AS due, 0 AS due_met
              FROM dossier WHERE state NOT IN (1, 3)
            UNION ALL
            SELECT handling_unit_id, DATE(resolved_at),
                   0, 0, 0, 0, 0,
                   1,
                   CASE WHEN DATE(resolved_at) < due_date THEN 1 ELSE 0 END,
                   CASE WHEN DATE(resolved_at) = due_date THEN 1 ELSE 0 END,
                   CASE WHEN DATE(resolved_at) > due_date THEN 1 ELSE 0 END,
                   CASE WHEN DATE(resolved_at) > due_date THEN late_working_days ELSE 0 END,
                   CASE WHEN digitised THEN 1 ELSE 0 END,
                   CASE WHEN returned_at_home THEN 1 ELSE 0 END,
                   CASE WHEN rating IS NOT NULL THEN 1 ELSE 0 END,
                   CASE WHEN rating IN ('VERY_SATISFIED', 'SATISFIED') THEN 1 ELSE 0 END,
                   0, 0, 0, 0
              FROM dossier WHERE state NOT IN (1, 3) AND resolved_at IS NOT NULL
            UNION ALL
            SELECT handling_unit_id, DATE(finished_at),
                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                   1,
                   CASE WHEN DATE(finished_at) > due_date THEN 1 ELSE 0 END,
                   0, 0
              FROM dossier WHERE state NOT IN (1, 3) AND finished_at IS NOT NULL
            UNION ALL
            SELECT handling_unit_id, due_date,
                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                   1,
                   CASE WHEN finished_at IS NOT NULL AND DATE(finished_at) <= due_date THEN 1 ELSE 0 END
              FROM dossier WHERE state NOT IN (1, 3)
            """;

    @Autowired
    DSLContext dsl;
    @Autowired
    DemoDataService demo;
    @Autowired
    vn.camau.reform.demo.repository.DemoDataRepository repository;
    @Autowired
    javax.sql.DataSource dataSource;

    private <T> T value(String sql, Class<T> type) {
        return dsl.fetchOne(sql).get(0, type);
    }

    private static String sums() {
        StringBuilder s = new StringBuilder();
        for (StatCounter c : StatCounter.values()) {
            s.append(", SUM(").append(c.column()).append(")");
        }
        return s.toString();
    }

    /** (unit, period) -> counters, from a query whose first two columns are unit and period. */
    private static Map<String, List<Long>> byKey(Result<Record> rows) {
        Map<String, List<Long>> map = new HashMap<>();
        for (Record r : rows) {
            List<Long> values = new ArrayList<>();
            for (int i = 2; i < r.size(); i++) {
                values.add(r.get(i, Long.class));
            }
            // A summary row can be all zeros once a change moved its dossier's fact to another day:
            // it counts nothing, and a count over the dossiers has no such row
            if (values.stream().anyMatch(v -> v != 0)) {
                map.put(r.get(0, Long.class) + "@" + r.get(1, LocalDate.class), values);
            }
        }
        return map;
    }

    @Test
    void theDemoIsLoadedOnceAndMarkedAsDone() {
        assertThat(dsl.fetchCount(dsl.selectFrom("dossier"))).isEqualTo(20_000);
        assertThat(value("SELECT value FROM app_setting WHERE name = 'demo.data'", String.class))
                .startsWith("LOADED size=20000");
        assertThat(value("SELECT COUNT(*) FROM officer", Integer.class)).isGreaterThan(1_500);
        assertThat(value("SELECT COUNT(*) FROM dossier_event", Integer.class)).isGreaterThan(60_000);
        // a second start finds the dossiers and loads nothing
        assertThat(demo.loadIfEmpty()).isEmpty();
        assertThat(dsl.fetchCount(dsl.selectFrom("dossier"))).isEqualTo(20_000);
    }

    @Test
    void aSecondInstanceWaitsForTheLoadLockAndDoesNotLoadWithoutIt() throws Exception {
        try (var other = dataSource.getConnection(); var s = other.createStatement()) {
            // another instance, loading
            try (var r = s.executeQuery("SELECT GET_LOCK('camau_reform.demo_load', 5)")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
            assertThat(repository.withLoadLock(java.time.Duration.ofSeconds(1), () -> "loaded")).isEmpty();
            s.execute("DO RELEASE_LOCK('camau_reform.demo_load')");
        }
        assertThat(repository.withLoadLock(java.time.Duration.ofSeconds(1), () -> "loaded")).contains("loaded");
    }

    @Test
    void monthlyUnitCountersEqualACountOverTheDossiers() {
        Map<String, List<Long>> expected = byKey(dsl.fetch("SELECT unit_id, DATE_FORMAT(day, '%Y-%m-01')" + sums()
                + " FROM (" + FACTS + ") f GROUP BY unit_id, DATE_FORMAT(day, '%Y-%m-01')"));
        Map<String, List<Long>> counters = byKey(dsl.fetch("SELECT unit_id, period_start" + sums()
                + " FROM dossier_stat WHERE slice = 'U' AND grain = 'M' GROUP BY unit_id, period_start"));
        assertThat(expected).hasSizeGreaterThan(1_000);
        assertThat(counters).isEqualTo(expected);
    }

    @Test
    void yearlyUnitCountersEqualACountOverTheDossiers() {
        Map<String, List<Long>> expected = byKey(dsl.fetch("SELECT unit_id, DATE_FORMAT(day, '%Y-01-01')" + sums()
                + " FROM (" + FACTS + ") f GROUP BY unit_id, DATE_FORMAT(day, '%Y-01-01')"));
        Map<String, List<Long>> counters = byKey(dsl.fetch("SELECT unit_id, period_start" + sums()
                + " FROM dossier_stat WHERE slice = 'U' AND grain = 'Y' GROUP BY unit_id, period_start"));
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(counters).isEqualTo(expected);
    }

    @Test
    void dailyUnitCountersEqualACountOverTheDossiersOnSampleDays() {
        List<LocalDate> days = dsl.fetch("SELECT DISTINCT period_start FROM dossier_stat WHERE slice = 'U' AND grain = 'D'"
                + " ORDER BY period_start").getValues(0, LocalDate.class);
        List<LocalDate> sample = new ArrayList<>();
        for (int i = 0; i < days.size(); i += 23) {
            sample.add(days.get(i));
        }
        sample.add(days.getLast());
        sample.add(LocalDate.of(2025, 6, 30));
        sample.add(LocalDate.of(2025, 7, 1));
        String in = sample.stream().map(d -> "'" + d + "'").reduce((a, b) -> a + ", " + b).orElseThrow();
        Map<String, List<Long>> expected = byKey(dsl.fetch("SELECT unit_id, day" + sums() + " FROM (" + FACTS
                + ") f WHERE day IN (" + in + ") GROUP BY unit_id, day"));
        Map<String, List<Long>> counters = byKey(dsl.fetch("SELECT unit_id, period_start" + sums()
                + " FROM dossier_stat WHERE slice = 'U' AND grain = 'D' AND period_start IN (" + in + ")"
                + " GROUP BY unit_id, period_start"));
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(counters).isEqualTo(expected);
    }

    @Test
    void procedureAndOfficerSlicesAddUpToTheUnitSlice() {
        String query = "SELECT unit_id, period_start" + sums() + " FROM dossier_stat WHERE slice = '%s' AND grain = 'M'"
                + " GROUP BY unit_id, period_start";
        Map<String, List<Long>> units = byKey(dsl.fetch(query.formatted("U")));
        assertThat(byKey(dsl.fetch(query.formatted("P")))).isEqualTo(units);
        assertThat(byKey(dsl.fetch(query.formatted("O")))).isEqualTo(units);
    }

    @Test
    void derivedColumnsAgreeWithTheDates() {
        assertThat(value("""
                SELECT COUNT(*) FROM dossier WHERE
                   NOT (timing <=> CASE WHEN resolved_at IS NULL THEN NULL
                                        WHEN DATE(resolved_at) < due_date THEN 'EARLY'
                                        WHEN DATE(resolved_at) = due_date THEN 'ON_TIME' ELSE 'LATE' END)
                OR NOT (open_due_date <=> CASE WHEN state IN (2, 4, 5, 6) THEN due_date END)
                OR (timing = 'LATE') <> (late_working_days IS NOT NULL)
                OR (timing = 'LATE' AND (responsible_officer_id IS NULL OR responsible_step IS NULL))
                """, Integer.class)).isZero();
        assertThat(value("SELECT COUNT(*) FROM dossier d WHERE NOT EXISTS"
                + " (SELECT 1 FROM dossier_event e WHERE e.dossier_id = d.id)", Integer.class)).isZero();
        assertThat(value("SELECT COUNT(*) FROM dossier WHERE state IN (2, 4, 5, 6) AND due_date < CURDATE()"
                + " AND handling_unit_id = 100", Integer.class)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theCatalogueIsSearchableWithoutDiacritics() {
        Result<Record> rows = dsl.fetch("SELECT name, search_name FROM catalog_procedure");
        assertThat(rows).hasSizeBetween(60, 90);
        rows.forEach(r -> assertThat(r.get(1, String.class)).isEqualTo(SearchText.fold(r.get(0, String.class))));
        assertThat(value("SELECT COUNT(*) FROM catalog_procedure WHERE reduced_limit IS NOT NULL",
                Integer.class) / (double) rows.size()).isBetween(0.6, 0.75);
    }
}
