package vn.camau.reform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import vn.camau.reform.AppTest;
import vn.camau.reform.demo.generator.DemoEvaluations;
import vn.camau.reform.evaluation.EvaluationAction;
import vn.camau.reform.evaluation.EvaluationRules;
import vn.camau.reform.evaluation.EvaluationState;
import vn.camau.reform.evaluation.RatingLevel;
import vn.camau.reform.evaluation.RuleSet;
import vn.camau.reform.evaluation.repository.EvaluationRepository;

/**
 * The demo's ratings as the test context loaded them, checked in the database against the rules the
 * workflow applies: levels from the points and discipline, the excellent quota, steps in order, last
 * year's round complete and the last quarter's under way, managers and the demo users' places.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoEvaluationDataTest {

    /** Demo cycles only: the units of demo officers (tests use units of their own). */
    private static final String DEMO_CYCLE = "c.unit_id IN (SELECT unit_id FROM officer WHERE code LIKE 'CB-%')";

    @Autowired
    DSLContext dsl;
    @Autowired
    DemoDataService demo;
    @Autowired
    EvaluationRepository evaluationRepository;
    @Autowired
    vn.camau.reform.demo.repository.DemoEvaluationRepository demoEvaluations;

    LocalDateTime now;
    long seed;
    Map<Long, RuleSet> rules = new HashMap<>();

    @BeforeAll
    void readTheMarker() {
        String marker = dsl.fetchValue("SELECT value FROM app_setting WHERE name = 'demo.data'").toString();
        String at = find(marker, "evaluations");
        now = LocalDateTime.parse(at != null ? at : find(marker, "now"));
        seed = Long.parseLong(find(marker, "seed"));
        evaluationRepository.ruleSets().forEach(r -> rules.put(r.id(), r));
    }

    private static String find(String marker, String key) {
        Matcher m = Pattern.compile("\\b" + key + "=(\\S+)").matcher(marker);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private List<Record> ratings(String where) {
        return new ArrayList<>(dsl.fetch("""
                SELECT e.id, e.state, e.cycle_id, c.rule_set_id, c.created_at, c.frequency, c.period_start, c.period_end,
                       e.self_general, e.self_task, e.self_level, e.proposed_general, e.proposed_task,
                       e.proposed_level, e.final_level, e.final_score, e.version,
                       EXISTS (SELECT 1 FROM officer_discipline d WHERE d.officer_id = e.officer_id
                               AND YEAR(d.decided_on) = YEAR(c.period_end)) AS disciplined
                  FROM evaluation e JOIN evaluation_cycle c ON c.id = e.cycle_id
                 WHERE\s""" + DEMO_CYCLE + " AND " + where));
    }

    private static BigDecimal total(Record r, String general, String task) {
        return r.get(general, BigDecimal.class).add(r.get(task, BigDecimal.class));
    }

    @Test
    void everyLevelIsWhatTheRulesGiveForItsPointsAndDiscipline() {
        List<Record> all = ratings("TRUE");
        assertThat(all).isNotEmpty();
        int approved = 0;
        int disciplinedSeen = 0;
        for (Record r : all) {
            RuleSet set = rules.get(r.get("rule_set_id", Long.class));
            boolean disciplined = r.get("disciplined", Boolean.class);
            String state = r.get("state", String.class);
            if (r.get("proposed_level") != null) {
                RatingLevel proposed = RatingLevel.valueOf(r.get("proposed_level", String.class));
                if (set.scored()) {
                    assertThat(proposed).as("rating %s", r.get("id"))
                            .isEqualTo(EvaluationRules.level(set, EvaluationRules.total(set,
                                    r.get("proposed_general", BigDecimal.class), r.get("proposed_task", BigDecimal.class)),
                                    disciplined));
                } else {
                    assertThat(r.get("proposed_general")).isNull();
                    assertThat(EvaluationRules.chosenLevel(set, proposed, disciplined)).isEqualTo(proposed);
                }
            }
            if (r.get("self_level") != null && set.scored()) {
                assertThat(RatingLevel.valueOf(r.get("self_level", String.class))).isEqualTo(EvaluationRules.level(set,
                        total(r, "self_general", "self_task"), disciplined));
            }
            if ("APPROVED".equals(state)) {
                approved++;
                RatingLevel last = RatingLevel.valueOf(r.get("final_level", String.class));
                assertThat(last.name()).isEqualTo(r.get("proposed_level", String.class));
                if (set.scored()) {
                    assertThat(r.get("final_score", BigDecimal.class)).isEqualByComparingTo(
                            total(r, "proposed_general", "proposed_task"));
                    assertThat(r.get("final_score", BigDecimal.class).scale()).isEqualTo(2);
                }
                if (disciplined) {
                    disciplinedSeen++;
                    assertThat(last).isEqualTo(RatingLevel.NOT_COMPLETED);
                }
            } else {
                assertThat(r.get("final_level")).isNull();
            }
        }
        assertThat(approved).isGreaterThan(all.size() / 2);
        // every level occurs, and the discipline decisions cap someone's rating
        assertThat(all.stream().map(r -> r.get("proposed_level", String.class)).distinct())
                .contains("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");
        assertThat(disciplinedSeen + all.stream().filter(r -> r.get("disciplined", Boolean.class)).count())
                .isPositive();
    }

    @Test
    void noUnitRatesMoreExcellentThanTheQuotaAllows() {
        var cycles = dsl.fetch("""
                SELECT c.id, c.rule_set_id,
                       SUM(COALESCE(e.final_level, e.proposed_level) IN ('EXCELLENT', 'GOOD')) AS good_or_better,
                       SUM(COALESCE(e.final_level, e.proposed_level) = 'EXCELLENT') AS excellent
                  FROM evaluation_cycle c JOIN evaluation e ON e.cycle_id = c.id
                 WHERE\s""" + DEMO_CYCLE + " GROUP BY c.id, c.rule_set_id");
        int withExcellent = 0;
        for (Record c : cycles) {
            RuleSet set = rules.get(c.get("rule_set_id", Long.class));
            int excellent = c.get("excellent", Integer.class);
            assertThat(excellent).as("cycle %s", c.get("id"))
                    .isLessThanOrEqualTo(EvaluationRules.excellentAllowed(set, c.get("good_or_better", Integer.class)));
            withExcellent += excellent > 0 ? 1 : 0;
        }
        assertThat(withExcellent).isPositive();
    }

    @Test
    void everyRatingsStepsComeInTheWorkflowsOrderBeforeNow() {
        Map<Long, List<Record>> steps = new HashMap<>();
        dsl.fetch("""
                SELECT s.evaluation_id, s.action, s.acted_at, s.user_id FROM evaluation_step s
                  JOIN evaluation e ON e.id = s.evaluation_id JOIN evaluation_cycle c ON c.id = e.cycle_id
                 WHERE\s""" + DEMO_CYCLE + " ORDER BY s.evaluation_id, s.acted_at, s.id")
                .forEach(s -> steps.computeIfAbsent(s.get("evaluation_id", Long.class), k -> new ArrayList<>()).add(s));
        List<EvaluationAction> order = List.of(EvaluationAction.SELF_ASSESSED, EvaluationAction.PROPOSED,
                EvaluationAction.REVIEWED, EvaluationAction.APPROVED);
        for (Record r : ratings("TRUE")) {
            long id = r.get("id", Long.class);
            int reached = EvaluationState.valueOf(r.get("state", String.class)).ordinal();
            List<Record> mine = steps.getOrDefault(id, List.of());
            assertThat(mine).as("rating %s", id).hasSize(reached);
            assertThat(r.get("version", Integer.class)).isEqualTo(reached);
            // from the day HR opened the round (an annual round is rated before its year ends)
            LocalDateTime previous = r.get("created_at", LocalDateTime.class);
            for (int i = 0; i < mine.size(); i++) {
                assertThat(mine.get(i).get("action", String.class)).isEqualTo(order.get(i).name());
                LocalDateTime at = mine.get(i).get("acted_at", LocalDateTime.class);
                assertThat(at).as("rating %s step %s", id, i).isAfter(previous).isBefore(now);
                previous = at;
            }
        }
    }

    @Test
    void lastYearsRoundIsApprovedEverywhereAndTheLastQuartersIsUnderWay() {
        int lastYear = now.getYear() - 1;
        List<Record> annual = ratings("c.frequency = 'ANNUAL' AND YEAR(c.period_start) = " + lastYear);
        assertThat(annual).isNotEmpty().allSatisfy(r -> assertThat(r.get("state", String.class)).isEqualTo("APPROVED"));
        // every current commune, ward and agency with demo officers has both rounds
        long units = ((Number) dsl.fetchValue("""
                SELECT COUNT(DISTINCT o.unit_id) FROM officer o JOIN admin_unit u ON u.id = o.unit_id
                 WHERE o.code LIKE 'CB-%' AND o.active AND u.valid_to IS NULL AND u.unit_level IN ('COMMUNE', 'AGENCY')
                """)).longValue();
        assertThat(annual.stream().map(r -> r.get("cycle_id")).distinct().count()).isEqualTo(units);
        if (lastYear == 2025) {
            assertThat(annual).allSatisfy(r -> assertThat(rules.get(r.get("rule_set_id", Long.class)).code())
                    .isEqualTo("ND90-2020"));
        }
        LocalDate quarterStart = now.toLocalDate().withDayOfMonth(1).withMonth((now.getMonthValue() - 1) / 3 * 3 + 1)
                .minusMonths(3);
        List<Record> quarter = ratings("c.frequency = 'QUARTERLY' AND c.period_start = '" + quarterStart + "'");
        assertThat(quarter.stream().map(r -> r.get("cycle_id")).distinct().count()).isEqualTo(units);
        Map<EvaluationState, Integer> states = new EnumMap<>(EvaluationState.class);
        quarter.forEach(r -> states.merge(EvaluationState.valueOf(r.get("state", String.class)), 1, Integer::sum));
        assertThat(states.keySet()).containsExactlyInAnyOrder(EvaluationState.values());
        assertThat(states.values()).allSatisfy(n -> assertThat(n).isLessThan(quarter.size() / 2));
        assertThat(quarter).allSatisfy(r -> assertThat(rules.get(r.get("rule_set_id", Long.class)).scored()).isTrue());
    }

    @Test
    void theHeadOfEachUnitsStaffManagesItAndTheDemoUsersAreOfficersOfAnXuyen() {
        long unmanaged = ((Number) dsl.fetchValue("""
                SELECT COUNT(*) FROM officer o JOIN admin_unit u ON u.id = o.unit_id
                 WHERE o.code LIKE 'CB-%' AND o.active AND u.valid_to IS NULL AND u.unit_level = 'COMMUNE'
                   AND o.manager_officer_id IS NULL AND o.position <> 'Chủ tịch UBND'
                """)).longValue();
        assertThat(unmanaged).isZero();
        long crossUnit = ((Number) dsl.fetchValue("""
                SELECT COUNT(*) FROM officer o JOIN officer m ON m.id = o.manager_officer_id WHERE m.unit_id <> o.unit_id
                """)).longValue();
        assertThat(crossUnit).isZero();
        Record desk = dsl.fetchOne("""
                SELECT o.unit_id, o.one_stop_desk, o.full_name, mu.username AS manager
                  FROM officer o JOIN app_user u ON u.id = o.user_id
                  JOIN officer m ON m.id = o.manager_officer_id JOIN app_user mu ON mu.id = m.user_id
                 WHERE u.username = 'motcua.anxuyen'
                """);
        assertThat(desk).isNotNull();
        assertThat(desk.get("unit_id", Long.class)).isEqualTo(100L);
        assertThat(desk.get("one_stop_desk", Boolean.class)).isTrue();
        assertThat(desk.get("full_name", String.class)).isEqualTo("Võ Thị Một Cửa");
        assertThat(desk.get("manager", String.class)).isEqualTo("lanhdao.anxuyen");
        // she has last year's rating and the quarter's, which she sees as her own
        assertThat(((Number) dsl.fetchValue("""
                SELECT COUNT(DISTINCT c.frequency) FROM evaluation e JOIN evaluation_cycle c ON c.id = e.cycle_id
                  JOIN officer o ON o.id = e.officer_id JOIN app_user u ON u.id = o.user_id
                 WHERE u.username = 'motcua.anxuyen'
                """)).intValue()).isEqualTo(2);
    }

    @Test
    void disciplineFallsOnOfficersWithFoundedFindingsBeforeToday() {
        var decisions = dsl.fetch("""
                SELECT d.officer_id, d.decided_on,
                       (SELECT COUNT(*) FROM hotline_report r WHERE r.officer_id = d.officer_id
                          AND r.conclusion IN ('FOUNDED', 'PARTLY_FOUNDED') AND r.concluded_at < d.decided_on) AS founded
                  FROM officer_discipline d JOIN officer o ON o.id = d.officer_id WHERE o.code LIKE 'CB-%'
                """);
        assertThat(decisions).hasSizeBetween(1, 2);
        assertThat(decisions).allSatisfy(d -> {
            assertThat(d.get("founded", Integer.class)).isPositive();
            assertThat(d.get("decided_on", LocalDate.class)).isBefore(now.toLocalDate());
        });
    }

    @Test
    void theSameSeedPlansTheSameRatings() {
        DemoEvaluations.Accounts accounts = demoEvaluations.accounts().orElseThrow();
        DemoEvaluations.Plan a = demo.planEvaluations(now, seed, accounts, 1, 1, 1);
        DemoEvaluations.Plan b = demo.planEvaluations(now, seed, accounts, 1, 1, 1);
        assertThat(a).isEqualTo(b);
        assertThat(a.ratings()).hasSize(((Number) dsl.fetchValue("SELECT COUNT(*) FROM evaluation e JOIN evaluation_cycle c"
                + " ON c.id = e.cycle_id WHERE " + DEMO_CYCLE)).intValue());
    }
}
