package vn.camau.reform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import vn.camau.reform.apology.ApologySettings;
import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.demo.generator.DemoApologies;
import vn.camau.reform.demo.repository.DemoApologyRepository;
import vn.camau.reform.apology.ApologyCompliance;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.apology.query.ApologyComplianceQuery;
import vn.camau.reform.security.UnitScope;

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
                   0 AS finished, 0 AS finished_after_due, 0 AS due, 0 AS due_met,
                   0 AS refused, 0 AS withdrawn, 0 AS stopped,
                   0 AS wait_start, 0 AS wait_end, 0 AS wait_due_start, 0 AS wait_due_end,
                   CASE WHEN online_level = 'FULL' THEN 1 ELSE 0 END AS online_eligible,
                   CASE WHEN online_level = 'FULL' AND channel = 'ONLINE' THEN 1 ELSE 0 END AS fully_online,
                   0 AS result_electronic, CASE WHEN data_reused THEN 1 ELSE 0 END AS data_reused
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
                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                   0, 0, CASE WHEN result_electronic THEN 1 ELSE 0 END, 0
              FROM dossier WHERE state NOT IN (1, 3) AND resolved_at IS NOT NULL
            UNION ALL
            SELECT handling_unit_id, DATE(finished_at),
                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                   1,
                   CASE WHEN DATE(finished_at) > due_date THEN 1 ELSE 0 END,
                   0, 0, 0,
                   CASE WHEN state = 7 THEN 1 ELSE 0 END,
                   CASE WHEN state = 8 THEN 1 ELSE 0 END,
                   0, 0, 0, 0, 0, 0, 0, 0
              FROM dossier WHERE state NOT IN (1, 3) AND finished_at IS NOT NULL
            UNION ALL
            SELECT handling_unit_id, due_date,
                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                   1,
                   CASE WHEN finished_at IS NOT NULL AND DATE(finished_at) <= due_date THEN 1 ELSE 0 END,
                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
              FROM dossier WHERE state NOT IN (1, 3)
            UNION ALL
            SELECT handling_unit_id, DATE(COALESCE(finished_at, received_at)),
                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0,
                   0, 0, 0, 0
              FROM dossier WHERE state = 3
            UNION ALL
            SELECT unit_id, day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                   SUM(kind = 'start'), SUM(kind = 'end'), SUM(kind = 'due_start'), SUM(kind = 'due_end'),
                   0, 0, 0, 0
              FROM (SELECT unit_id, from_day AS day, 'start' AS kind FROM waits
                    UNION ALL SELECT unit_id, until_day, 'end' FROM waits WHERE until_day IS NOT NULL
                    UNION ALL SELECT unit_id, GREATEST(from_day, due_date), 'due_start' FROM waits
                              WHERE until_day IS NULL OR GREATEST(from_day, due_date) < until_day
                    UNION ALL SELECT unit_id, until_day, 'due_end' FROM waits
                              WHERE until_day IS NOT NULL AND GREATEST(from_day, due_date) < until_day) w
             GROUP BY unit_id, day
            """;

    /**
     * Each wait for the applicant: from a supplement request (an event in state 5) to the dossier's next
     * event, or the day it finished when none followed.
     */
    private static final String WAITS = """
            WITH waits AS (
              SELECT d.handling_unit_id AS unit_id, d.due_date, DATE(e.event_at) AS from_day,
                     COALESCE(DATE(e.next_at), DATE(d.finished_at)) AS until_day
                FROM (SELECT dossier_id, state, event_at,
                             LEAD(event_at) OVER (PARTITION BY dossier_id ORDER BY event_at, id) AS next_at
                        FROM dossier_event) e
                JOIN dossier d ON d.id = e.dossier_id
               WHERE e.state = 5 AND d.state NOT IN (1, 3))
            """;

    @Autowired
    DSLContext dsl;
    @Autowired
    DemoDataService demo;
    @Autowired
    vn.camau.reform.demo.repository.DemoDataRepository repository;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    ApologyComplianceQuery compliance;
    @Autowired
    DemoApologyRepository apologyRepository;
    @Autowired
    ApologySettings apologySettings;
    @Autowired
    CalendarService calendar;

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
        Map<String, List<Long>> expected = byKey(dsl.fetch(WAITS + "SELECT unit_id, DATE_FORMAT(day, '%Y-%m-01')" + sums()
                + " FROM (" + FACTS + ") f GROUP BY unit_id, DATE_FORMAT(day, '%Y-%m-01')"));
        Map<String, List<Long>> counters = byKey(dsl.fetch("SELECT unit_id, period_start" + sums()
                + " FROM dossier_stat WHERE slice = 'U' AND grain = 'M' GROUP BY unit_id, period_start"));
        assertThat(expected).hasSizeGreaterThan(1_000);
        assertThat(counters).isEqualTo(expected);
    }

    @Test
    void yearlyUnitCountersEqualACountOverTheDossiers() {
        Map<String, List<Long>> expected = byKey(dsl.fetch(WAITS + "SELECT unit_id, DATE_FORMAT(day, '%Y-01-01')" + sums()
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
        Map<String, List<Long>> expected = byKey(dsl.fetch(WAITS + "SELECT unit_id, day" + sums() + " FROM (" + FACTS
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
        // a dossier refused at the desk never reached an officer: the officer slice has all but those
        Map<String, List<Long>> officers = byKey(dsl.fetch(query.formatted("O")));
        int refused = StatCounter.REFUSED.ordinal();
        Map<String, List<Long>> unitsButRefused = new HashMap<>();
        units.forEach((k, v) -> {
            List<Long> w = new ArrayList<>(v);
            w.set(refused, 0L);
            if (w.stream().anyMatch(x -> x != 0)) {
                unitsButRefused.put(k, w);
            }
        });
        assertThat(officers).isEqualTo(unitsButRefused);
        assertThat(officers.values()).allSatisfy(v -> assertThat(v.get(refused)).isZero());
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
        // the dossiers that owe an apology: received, and unfinished on their due date
        assertThat(value("""
                SELECT COUNT(*) FROM dossier WHERE NOT (unmet_due_date <=> CASE
                    WHEN state NOT IN (1, 3) AND (finished_at IS NULL OR DATE(finished_at) > due_date) THEN due_date END)
                """, Integer.class)).isZero();
        assertThat(value("SELECT COUNT(*) FROM dossier WHERE unmet_due_date IS NOT NULL", Integer.class)).isPositive();
        assertThat(value("SELECT COUNT(*) FROM dossier d WHERE NOT EXISTS"
                + " (SELECT 1 FROM dossier_event e WHERE e.dossier_id = d.id)", Integer.class)).isZero();
        assertThat(value("SELECT COUNT(*) FROM dossier WHERE state IN (2, 4, 5, 6) AND due_date < CURDATE()"
                + " AND handling_unit_id = 100", Integer.class)).isGreaterThanOrEqualTo(1);
    }

    private String marker(String key) {
        String marker = value("SELECT value FROM app_setting WHERE name = 'demo.data'", String.class);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + key + "=(\\S+)").matcher(marker);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The moment the demo's apologies were planned, which is what "late" meant for them: the load's
     * "now", or when a demo loaded before apologies existed got them ("apologies=" in the marker).
     */
    private LocalDateTime apologiesPlannedAt() {
        String at = marker("apologies");
        return LocalDateTime.parse(at != null ? at : marker("now"));
    }

    /** The demo's own dossiers that were late when it loaded, with their apology if any. */
    private static String lateDemoDossiers(LocalDate day) {
        return " FROM dossier d LEFT JOIN apology a ON a.dossier_id = d.id WHERE d.code LIKE 'H%'"
                + " AND d.unmet_due_date < '" + day + "'";
    }

    @Test
    void mostLateDossiersHaveAnApologyMostlyInTimeAndExactlyOneMissedItsNewDateToo() {
        LocalDate day = apologiesPlannedAt().toLocalDate();
        String late = lateDemoDossiers(day);
        int lateCount = value("SELECT COUNT(*)" + late, Integer.class);
        int apologised = value("SELECT COUNT(a.id)" + late, Integer.class);
        int inTime = value("SELECT COUNT(*)" + late + " AND a.issued_on <= a.issue_deadline", Integer.class);
        int issuedLate = value("SELECT COUNT(*)" + late + " AND a.issued_on > a.issue_deadline", Integer.class);
        int missing = lateCount - apologised;
        assertThat(lateCount).isGreaterThanOrEqualTo(10);
        assertThat(apologised).isGreaterThanOrEqualTo((int) Math.ceil(lateCount * 0.75));
        assertThat(inTime + issuedLate).isEqualTo(apologised);
        assertThat(inTime).isGreaterThan(lateCount / 2).isGreaterThan(issuedLate);
        assertThat(issuedLate).isPositive();
        assertThat(missing).isPositive().isLessThanOrEqualTo((int) Math.ceil(lateCount * 0.2));
        // about half of the signed letters published, where and when
        int published = value("SELECT COUNT(*)" + late + " AND a.published_at IS NOT NULL", Integer.class);
        assertThat(published).isBetween(apologised / 5, apologised * 4 / 5);
        assertThat(value("SELECT COUNT(*)" + late + " AND (a.state = 'PUBLISHED') <> (a.published_where IS NOT NULL)",
                Integer.class)).isZero();

        // exactly one second miss: signed, and finished after its new date or still open once it passed
        assertThat(value("SELECT COUNT(*)" + late + " AND a.issued_on IS NOT NULL AND ((d.finished_at IS NULL"
                + " AND a.new_due_date < '" + day + "') OR DATE(d.finished_at) > a.new_due_date)", Integer.class))
                .isEqualTo(1);
        // the compliance figures read the same, as of the day of the load
        ApologyCompliance total = compliance.byUnit(new UnitScope(1, "/1/"), "/1/", UnitStructure.CURRENT,
                        LocalDate.of(2023, 1, 1), day, day).values().stream()
                .reduce(ApologyCompliance.NONE, ApologyCompliance::plus);
        assertThat(total.required()).isGreaterThanOrEqualTo(lateCount);
        assertThat(total.secondMiss()).isEqualTo(1);
        assertThat(total.issuedInTime()).isGreaterThanOrEqualTo(inTime);
    }

    @Test
    void everySignedApologyIsNumberedDatedAndSignedOncePerUnitAndYear() {
        String demo = " FROM apology a JOIN dossier d ON d.id = a.dossier_id WHERE d.code LIKE 'H%'";
        assertThat(value("SELECT COUNT(*)" + demo, Integer.class)).isPositive();
        assertThat(value("SELECT COUNT(*)" + demo + " AND a.state IN ('APPROVED', 'SENT', 'PUBLISHED') AND ("
                + "a.issued_on IS NULL OR a.issue_deadline IS NULL OR a.signer_name IS NULL OR a.signer_title IS NULL"
                + " OR a.letter_number IS NULL OR a.number_year <> YEAR(a.issued_on)"
                + " OR a.letter_number <> CONCAT(a.number_seq, '/PXL'))", Integer.class)).isZero();
        assertThat(value("SELECT COUNT(*) FROM (SELECT unit_id, number_year, number_seq FROM apology"
                + " WHERE number_seq IS NOT NULL GROUP BY unit_id, number_year, number_seq HAVING COUNT(*) > 1) x",
                Integer.class)).isZero();
        // a new date after the original one, a reason, a step for each state reached
        assertThat(value("SELECT COUNT(*)" + demo + " AND (a.new_due_date <= a.original_due_date"
                + " OR a.original_due_date <> d.due_date OR a.reason = '')", Integer.class)).isZero();
        assertThat(value("SELECT COUNT(*)" + demo + " AND (SELECT COUNT(*) FROM apology_step s WHERE s.apology_id = a.id)"
                + " <> CASE a.state WHEN 'APPROVED' THEN 2 WHEN 'SENT' THEN 3 WHEN 'PUBLISHED' THEN 4 END",
                Integer.class)).isZero();
        // a sent step holds the letter's channel as data, its comment no channel's name (V40)
        assertThat(value("SELECT COUNT(*)" + demo + " AND a.state IN ('SENT', 'PUBLISHED')", Integer.class))
                .isPositive();
        assertThat(value("SELECT COUNT(*)" + demo + " AND NOT EXISTS (SELECT 1 FROM apology_step s WHERE s.apology_id"
                + " = a.id AND s.action = 'SENT' AND s.channel = a.channel AND s.comment IS NULL)"
                + " AND a.state IN ('SENT', 'PUBLISHED')", Integer.class)).isZero();
        assertThat(value("SELECT COUNT(*) FROM apology_step WHERE action <> 'SENT' AND channel IS NOT NULL",
                Integer.class)).isZero();
        assertThat(dsl.fetch("SELECT DISTINCT a.signer_title" + demo).getValues(0, String.class))
                .contains("Chủ tịch").isSubsetOf("Chủ tịch", "Giám đốc");
        assertThat(value("SELECT COUNT(DISTINCT reason)" + demo, Integer.class)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theApologiesAreTheSameWhenPlannedAgain() {
        LocalDateTime now = apologiesPlannedAt();
        var planner = new DemoApologies(calendar.calendar(), now, apologySettings.leadWorkingDays(),
                Long.parseLong(marker("seed")));
        var late = apologyRepository.lateDossiers(now.toLocalDate()).stream()
                .filter(d -> value("SELECT code FROM dossier WHERE id = " + d.dossierId(), String.class)
                        .startsWith("H"))
                .toList();
        long author = apologyRepository.author().orElseThrow();
        DemoApologies.Plan once = planner.plan(late, apologyRepository.signers(), author, 1, 1);
        assertThat(planner.plan(late, apologyRepository.signers(), author, 1, 1)).isEqualTo(once);
        List<String> stored = dsl.fetch("SELECT CONCAT_WS('|', a.dossier_id, a.letter_number, a.issued_on,"
                + " a.new_due_date, a.state, a.signer_name) FROM apology a JOIN dossier d ON d.id = a.dossier_id"
                + " WHERE d.code LIKE 'H%' ORDER BY a.dossier_id").getValues(0, String.class);
        assertThat(stored).containsExactlyElementsOf(once.letters().stream()
                .sorted(java.util.Comparator.comparingLong(DemoApologies.Letter::dossierId))
                .map(l -> String.join("|", String.valueOf(l.dossierId()), l.letterNumber(), l.issuedOn().toString(),
                        l.newDueDate().toString(), l.state().name(), l.signerName()))
                .toList());
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
