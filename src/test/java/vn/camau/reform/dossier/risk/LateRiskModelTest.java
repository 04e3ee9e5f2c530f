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
     * Unit 10, 20 cases of the step: 10 resolved 2 working days after entering it, 6 after 4, 4 after 6;
     * the step itself took one day less each time (median 1). Unit 11: 5 cases, all after 10 days.
     * Officer 100 of unit 10 handled 5 of the 2-day cases (too few for a cell of their own at 20).
     */
    private static List<StepSample> history() {
        List<StepSample> s = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            s.add(new StepSample(PROC, STEP, UNIT, i < 5 ? OFFICER : null, 1, 2, DAY));
        }
        for (int i = 0; i < 6; i++) {
            s.add(new StepSample(PROC, STEP, UNIT, null, 3, 4, DAY));
        }
        for (int i = 0; i < 4; i++) {
            s.add(new StepSample(PROC, STEP, UNIT, null, 5, 6, DAY));
        }
        for (int i = 0; i < 5; i++) {
            s.add(new StepSample(PROC, STEP, OTHER_UNIT, null, 9, 10, DAY));
        }
        return s;
    }

    private static final LateRiskModel MODEL = LateRiskModel.train(history());

    private static OpenStep open(long unit, Long officer, int inStep, int left) {
        return new OpenStep(1, PROC, STEP, unit, officer, inStep, left);
    }

    @Test
    void aFreshDossierWithThreeDaysLeftIsLateInHalfOfTheUnitsCases() {
        // late = needs 4 or more days: 6 + 4 of 20
        LateRisk r = MODEL.assess(open(UNIT, null, 0, 3), 20);
        assertThat(r.probability()).isCloseTo(0.5, within(1e-9));
        assertThat(r.basis()).isEqualTo(RiskBasis.UNIT);
        assertThat(r.cases()).isEqualTo(20);
        assertThat(r.typicalDays()).isEqualTo(1);
    }

    @Test
    void timeAlreadySpentInTheStepConditionsTheHistory() {
        // three days in, one left: of the 10 cases that lasted 3 days or more, 4 needed 5 or more
        assertThat(MODEL.assess(open(UNIT, null, 3, 1), 20).probability()).isCloseTo(0.4, within(1e-9));
        // due today after 4 days: of the 10 still open at 4, the 4 six-day cases are late
        assertThat(MODEL.assess(open(UNIT, null, 4, 0), 20).probability()).isCloseTo(0.4, within(1e-9));
        // plenty of time left: nobody took 10 days or more in unit 10
        assertThat(MODEL.assess(open(UNIT, null, 0, 9), 20).probability()).isZero();
    }

    @Test
    void aDossierStuckLongerThanEveryPastCaseIsAtFullRisk() {
        assertThat(MODEL.assess(open(UNIT, null, 7, 5), 20).probability()).isEqualTo(1.0);
    }

    @Test
    void tooFewCasesGiveNoFigureNeverAGuessedOne() {
        LateRisk r = MODEL.assess(open(UNIT, null, 0, 3), 26);
        assertThat(r.enoughHistory()).isFalse();
        assertThat(r.probability()).isNull();
        assertThat(r.typicalDays()).isNull();
        assertThat(r.cases()).isEqualTo(25); // the most any cell had: all units
        assertThat(r.atOrAbove(0.0)).isFalse();
        LateRisk unknownStep = MODEL.assess(new OpenStep(1, PROC, "Bước lạ", UNIT, null, 0, 3), 1);
        assertThat(unknownStep.enoughHistory()).isFalse();
        assertThat(unknownStep.cases()).isZero();
    }

    @Test
    void theMostParticularCellWithEnoughCasesSpeaks() {
        // officer 100 has 5 cases: at minCases 5 their own (all 2-day) history says never late with 3 left
        LateRisk own = MODEL.assess(open(UNIT, OFFICER, 0, 3), 5);
        assertThat(own.basis()).isEqualTo(RiskBasis.OFFICER);
        assertThat(own.probability()).isZero();
        // at 20 the officer's cell is too small: the unit's speaks
        assertThat(MODEL.assess(open(UNIT, OFFICER, 0, 3), 20).basis()).isEqualTo(RiskBasis.UNIT);
        // unit 11 has 5 cases: at 20 all units speak: 15 of 25 need 4 or more days
        LateRisk all = MODEL.assess(open(OTHER_UNIT, null, 0, 3), 20);
        assertThat(all.basis()).isEqualTo(RiskBasis.ALL);
        assertThat(all.probability()).isCloseTo(15 / 25.0, within(1e-9));
        // at 5 unit 11's own history: every case took 10 days
        assertThat(MODEL.assess(open(OTHER_UNIT, null, 0, 3), 5).probability()).isEqualTo(1.0);
    }

    @Test
    void theHistogramSurvivesItsStoredText() {
        RiskCell c = MODEL.cells().stream().filter(x -> x.key().equals(CellKey.unit(PROC, STEP, UNIT))).findFirst()
                .orElseThrow();
        assertThat(c.histogramText()).isEqualTo("0,0,10,0,6,0,4");
        assertThat(RiskCell.parseHistogram(c.histogramText())).containsExactly(c.remaining());
    }

    @Test
    void aDossiersStepsTeachWorkingDaysAndSkipWhatASupplementStretched() {
        WorkingCalendar cal = new WorkingCalendar(List.of());
        // Mon 2 Mar received, Tue 3 appraisal, supplement Thu 5, resumed Mon 9, approval Wed 11, resolved Fri 13
        LocalDate mon = LocalDate.of(2026, 3, 2);
        DossierHistory h = new DossierHistory(PROC, mon.plusDays(11), List.of(
                new DossierHistory.Step(mon, DossierState.RECEIVED, "Tiếp nhận", UNIT, null),
                new DossierHistory.Step(mon.plusDays(1), DossierState.PROCESSING, STEP, UNIT, OFFICER),
                new DossierHistory.Step(mon.plusDays(3), DossierState.SUPPLEMENT_REQUESTED, "Bổ sung", UNIT, OFFICER),
                new DossierHistory.Step(mon.plusDays(7), DossierState.PROCESSING, "Tiếp tục", UNIT, OFFICER),
                new DossierHistory.Step(mon.plusDays(9), DossierState.PROCESSING, "Phê duyệt", UNIT, 200L)));
        List<StepSample> samples = h.samples(new WorkingDays(cal, mon.minusDays(10), mon.plusDays(30)));
        assertThat(samples).extracting(StepSample::step).containsExactly("Tiếp tục", "Phê duyệt");
        // Mon 9 → Wed 11: 2 working days in the step, 4 to Fri 13; Wed 11 → Fri 13: 2 and 2
        assertThat(samples).extracting(StepSample::stepDays).containsExactly(2, 2);
        assertThat(samples).extracting(StepSample::remainingDays).containsExactly(4, 2);
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
