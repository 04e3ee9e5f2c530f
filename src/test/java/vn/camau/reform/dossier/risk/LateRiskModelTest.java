package vn.camau.reform.dossier.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.DossierState;

/** The model on a small hand-made history whose answers are worked out by hand below. */
class LateRiskModelTest {

    private static final long PROC = 1;
    private static final String STEP = "Thẩm định";
    private static final long UNIT = 10;
    private static final long OTHER_UNIT = 11;
    private static final long OFFICER = 100;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /**
     * Unit 10, 30 dossiers in the step: 10 on time that spent 2 days in it, entering with 5 days left
     * (mornings at 4 and 3 left); 10 on time that spent 4 days, entering with 5 left (mornings at 4, 3, 2, 1);
     * 10 late that spent 6 days, entering with 3 left (mornings at 2, 1, 0; the overdue ones do not count).
     * So, per days left 0..4: mornings 10, 20, 20, 20, 20, of which late 10, 10, 10, 0, 0. Step days:
     * ten each of 2, 4 and 6, median 4. Officer 100 of unit 10 handled 5 of the late ones. Unit 11: 5 on
     * time, 1 day in the step entering with 2 left (mornings at 1).
     */
    private static List<StepSample> history() {
        List<StepSample> s = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            s.add(new StepSample(PROC, STEP, UNIT, null, 2, 5, false, DAY));
            s.add(new StepSample(PROC, STEP, UNIT, null, 4, 5, false, DAY));
            s.add(new StepSample(PROC, STEP, UNIT, i < 5 ? OFFICER : null, 6, 3, true, DAY));
        }
        for (int i = 0; i < 5; i++) {
            s.add(new StepSample(PROC, STEP, OTHER_UNIT, null, 1, 2, false, DAY));
        }
        return s;
    }

    private static final LateRiskModel MODEL = LateRiskModel.train(history());

    private static OpenStep open(long unit, Long officer, int inStep, int left) {
        return new OpenStep(1, PROC, STEP, unit, officer, inStep, left);
    }

    @Test
    void withTwoDaysLeftHalfOfTheUnitsMorningsEndedLate() {
        LateRisk r = MODEL.assess(open(UNIT, null, 1, 2), 20);
        assertThat(r.probability()).isCloseTo(0.5, within(1e-9));
        assertThat(r.basis()).isEqualTo(RiskBasis.UNIT);
        assertThat(r.cases()).isEqualTo(30);
        assertThat(r.typicalDays()).isEqualTo(4);
        assertThat(r.daysInStep()).isEqualTo(1);
    }

    @Test
    void theDaysLeftDecideAndTooFewMorningsArePooledWithTheNeighbours() {
        assertThat(MODEL.assess(open(UNIT, null, 2, 3), 20).probability()).isZero();
        // 10 mornings at 0 left, fewer than 20: pooled with 1 left (there is no −1): 20 late of 30
        assertThat(MODEL.assess(open(UNIT, null, 5, 0), 20).probability()).isCloseTo(20 / 30.0, within(1e-9));
        // with a minimum of 10 the 10 mornings at 0 speak alone: all late
        assertThat(MODEL.assess(open(UNIT, null, 5, 0), 10).probability()).isEqualTo(1.0);
    }

    @Test
    void tooFewCasesGiveNoFigureNeverAGuessedOne() {
        // nobody was ever in the step with 8 to 12 days left
        LateRisk far = MODEL.assess(open(UNIT, null, 0, 10), 20);
        assertThat(far.enoughHistory()).isFalse();
        assertThat(far.probability()).isNull();
        assertThat(far.typicalDays()).isNull();
        assertThat(far.atOrAbove(0.0)).isFalse();
        // a minimum above every cell's dossiers (35 in all units)
        LateRisk few = MODEL.assess(open(UNIT, null, 1, 2), 36);
        assertThat(few.enoughHistory()).isFalse();
        assertThat(few.cases()).isEqualTo(35);
        LateRisk unknownStep = MODEL.assess(new OpenStep(1, PROC, "Bước lạ", UNIT, null, 0, 3), 1);
        assertThat(unknownStep.enoughHistory()).isFalse();
        assertThat(unknownStep.cases()).isZero();
    }

    @Test
    void theMostParticularCellWithEnoughCasesSpeaks() {
        // officer 100 has 5 cases, all late: at a minimum of 5 their own history speaks
        LateRisk own = MODEL.assess(open(UNIT, OFFICER, 1, 2), 5);
        assertThat(own.basis()).isEqualTo(RiskBasis.OFFICER);
        assertThat(own.probability()).isEqualTo(1.0);
        // at 20 the officer's cell is too small: the unit's speaks
        assertThat(MODEL.assess(open(UNIT, OFFICER, 1, 2), 20).basis()).isEqualTo(RiskBasis.UNIT);
        // unit 11 has 5 cases: at 20 all units speak: with 1 left, 10 late of 10 + 10 + 5 mornings
        LateRisk all = MODEL.assess(open(OTHER_UNIT, null, 0, 1), 20);
        assertThat(all.basis()).isEqualTo(RiskBasis.ALL);
        assertThat(all.probability()).isCloseTo(10 / 25.0, within(1e-9));
        // at 5 unit 11's own history: never late
        assertThat(MODEL.assess(open(OTHER_UNIT, null, 0, 1), 5).probability()).isZero();
    }

    @Test
    void anOfficerWithTooFewCasesOfOneProcedureIsJudgedOnAllTheirProcedures() {
        // officer 7 of unit 10: procedures 2, 3 and 4, each 4 on time (2 days, entering with 5 left) and 4 late
        // (6 days, entering with 3 left: mornings at 2, 1, 0): 8 cases each, 24 in all. Unit 10's other officers:
        // 30 on time of procedure 2 (4 days, entering with 5 left: mornings at 4, 3, 2, 1)
        List<StepSample> s = new ArrayList<>();
        for (long proc = 2; proc <= 4; proc++) {
            for (int i = 0; i < 4; i++) {
                s.add(new StepSample(proc, STEP, UNIT, 7L, 2, 5, false, DAY));
                s.add(new StepSample(proc, STEP, UNIT, 7L, 6, 3, true, DAY));
            }
        }
        for (int i = 0; i < 30; i++) {
            s.add(new StepSample(2, STEP, UNIT, 8L, 4, 5, false, DAY));
        }
        LateRiskModel model = LateRiskModel.train(s);
        // their own 8 cases of procedure 2 are too few; their 24 over all procedures: with 1 left 12 mornings, all
        // late, pooled with 0 and 2 left (12 and 12, all late): 36 of 36
        LateRisk r = model.assess(new OpenStep(1, 2, STEP, UNIT, 7L, 2, 1), 20);
        assertThat(r.basis()).isEqualTo(RiskBasis.PERSON);
        assertThat(r.cases()).isEqualTo(24);
        assertThat(r.probability()).isEqualTo(1.0);
        // the unit's history of procedure 2 alone would have said 4 late of 34 mornings
        assertThat(model.assess(new OpenStep(1, 2, STEP, UNIT, null, 2, 1), 20).probability())
                .isCloseTo(4 / 34.0, within(1e-9));
        // another officer of the unit with no history of their own: the unit speaks
        assertThat(model.assess(new OpenStep(1, 2, STEP, UNIT, 9L, 2, 1), 20).basis()).isEqualTo(RiskBasis.UNIT);
    }

    @Test
    void theHistogramsSurviveTheirStoredText() {
        RiskCell c = MODEL.cells().stream().filter(x -> x.key().equals(CellKey.unit(PROC, STEP, UNIT))).findFirst()
                .orElseThrow();
        assertThat(RiskCell.text(c.mornings())).isEqualTo("10,20,20,20,20");
        assertThat(RiskCell.text(c.lateMornings())).isEqualTo("10,10,10");
        assertThat(RiskCell.parse(RiskCell.text(c.mornings()))).containsExactly(c.mornings());
    }

    @Test
    void aDossiersStepsTeachWorkingDaysAndSkipWhatASupplementStretched() {
        WorkingCalendar cal = new WorkingCalendar(List.of());
        // Mon 2 Mar received, Tue 3 appraisal, supplement Thu 5, resumed Mon 9, approval Wed 11, resolved Fri 13,
        // due Thu 12: late
        LocalDate mon = LocalDate.of(2026, 3, 2);
        DossierHistory h = new DossierHistory(PROC, mon.plusDays(10), mon.plusDays(11), List.of(
                new DossierHistory.Step(mon, DossierState.RECEIVED, "Tiếp nhận", UNIT, null),
                new DossierHistory.Step(mon.plusDays(1), DossierState.PROCESSING, STEP, UNIT, OFFICER),
                new DossierHistory.Step(mon.plusDays(3), DossierState.SUPPLEMENT_REQUESTED, "Bổ sung", UNIT, OFFICER),
                new DossierHistory.Step(mon.plusDays(7), DossierState.PROCESSING, "Tiếp tục", UNIT, OFFICER),
                new DossierHistory.Step(mon.plusDays(9), DossierState.PROCESSING, "Phê duyệt", UNIT, 200L)));
        List<StepSample> samples = h.samples(new WorkingDays(cal, mon.minusDays(10), mon.plusDays(30)));
        assertThat(samples).extracting(StepSample::step).containsExactly("Tiếp tục", "Phê duyệt");
        // Mon 9 → Wed 11: 2 working days in the step, entered with 3 left to Thu 12; Wed 11 → Fri 13: 2, with 1 left
        assertThat(samples).extracting(StepSample::stepDays).containsExactly(2, 2);
        assertThat(samples).extracting(StepSample::daysLeftAtStart).containsExactly(3, 1);
        assertThat(samples).allMatch(StepSample::late);
    }

    @Test
    void workingDaysMatchTheCalendarInsideAndOutsideItsSpan() {
        WorkingCalendar cal = new WorkingCalendar(List.of());
        WorkingDays days = new WorkingDays(cal, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        for (LocalDate a = LocalDate.of(2025, 12, 20); a.isBefore(LocalDate.of(2026, 2, 1)); a = a.plusDays(3)) {
            for (LocalDate b = a.minusDays(9); b.isBefore(a.plusDays(20)); b = b.plusDays(2)) {
                assertThat(days.between(a, b)).as(a + "→" + b).isEqualTo(cal.workingDaysBetween(a, b));
            }
        }
    }
}
