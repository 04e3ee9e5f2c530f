package vn.camau.reform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.dossier.TestDossiers.FORMER;
import static vn.camau.reform.dossier.TestDossiers.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.query.DirectCountQuery;
import vn.camau.reform.dossier.query.StatQuery;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dashboard.IndicatorKind;
import vn.camau.reform.dashboard.UnitBreakdown;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierTiming;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.dossier.TestDossiers;

/**
 * Indicators read from the summary counters, checked against hand-counted dossiers and against the
 * independent direct count, before and after dossiers change.
 */
@AppTest
@Transactional // each test rolls back its dossiers and counters; RolledBackGenerations drops the figures kept meanwhile
class IndicatorServiceTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    ReportUnits reportUnits;
    @Autowired
    DossierWriteService writer;
    @Autowired
    DirectCountQuery direct;
    @Autowired
    StatQuery stats;
    @Autowired
    CalendarService calendarService;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    WorkingCalendar cal;
    LocalDate today;
    Period last90Days;

    @BeforeEach
    void cleanTestUnits() {
        TestDossiers.ensureReferenceData(dsl);
        TestLogins.loginAs(users, "admin");
        cal = calendarService.calendar();
        today = indicators.today();
        last90Days = Period.custom(today.minusDays(90), today);
    }

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    private LocalDate workingDaysAgo(int n) {
        return cal.workingDaysBefore(today, n);
    }

    private void loadSeven() {
        TestDossiers.loadSeven(writer, cal, today);
    }

    private Indicators agencyRow(UnitBreakdown b) {
        return b.rows().stream().filter(row -> row.unit().id() == AGENCY).findFirst().orElseThrow().indicators();
    }

    @Test
    void countsEachKindOfDossierOnceAndGivesBothOnTimeConventions() {
        loadSeven();
        Indicators i = agencyRow(indicators.breakdown(1, last90Days, UnitStructure.CURRENT));

        assertThat(i.get(StatCounter.RECEIVED)).isEqualTo(7);
        assertThat(i.get(StatCounter.RESOLVED)).isEqualTo(3);
        assertThat(i.get(StatCounter.RESOLVED_EARLY)).isEqualTo(1);
        assertThat(i.get(StatCounter.RESOLVED_ON_TIME)).isEqualTo(1);
        assertThat(i.get(StatCounter.RESOLVED_LATE)).isEqualTo(1);
        assertThat(i.get(StatCounter.LATE_DAYS)).isEqualTo(2);
        assertThat(i.get(StatCounter.RECEIVED_ONLINE)).isEqualTo(4);
        assertThat(i.get(StatCounter.RECEIVED_POSTAL)).isEqualTo(1);
        assertThat(i.openAtEnd()).isEqualTo(3);
        assertThat(i.openOverdue()).isEqualTo(1);
        assertThat(i.openDueSoon()).isEqualTo(1);
        assertThat(i.openOnTrack()).isEqualTo(1);
        assertThat(i.carriedOver()).isZero();

        assertThat(i.ratio(IndicatorKind.ON_TIME)).isEqualTo(new Ratio(2, 3));
        // strict: 100% − (1 resolved late + 1 overdue) ÷ (7 received + 0 carried over)
        assertThat(i.ratio(IndicatorKind.ON_TIME_STRICT)).isEqualTo(new Ratio(5, 7));
        assertThat(i.ratio(IndicatorKind.ONLINE)).isEqualTo(new Ratio(4, 7));
        assertThat(i.ratio(IndicatorKind.SATISFACTION)).isEqualTo(new Ratio(3, 3));
    }

    @Test
    void countersEqualTheDirectCountBeforeAndAfterDossiersChange() {
        loadSeven();
        assertCountersEqualDirectCount();

        // The overdue dossier is resolved today, late; the due-soon one is withdrawn
        LocalDate r = workingDaysAgo(30);
        writer.save(dossier("T-OVERDUE", AGENCY, r, workingDaysAgo(3), today, DossierState.RESOLVED, Channel.ONLINE,
                DossierTiming.workingDaysLate(cal, workingDaysAgo(3), today)));
        writer.save(dossier("T-DUESOON", AGENCY, workingDaysAgo(5), cal.addWorkingDays(today, 1), null,
                DossierState.WITHDRAWN, Channel.POSTAL, 0));
        assertCountersEqualDirectCount();

        Indicators i = agencyRow(indicators.breakdown(1, last90Days, UnitStructure.CURRENT));
        assertThat(i.get(StatCounter.RESOLVED_LATE)).isEqualTo(2);
        assertThat(i.openOverdue()).isZero();
        assertThat(i.openDueSoon()).isZero();
        assertThat(i.openAtEnd()).isEqualTo(1);
    }

    private void assertCountersEqualDirectCount() {
        UnitScope province = new UnitScope(1, "/1/");
        Map<Long, StatTotals> counted = direct.sumsByUnit(province, "/1/9001/", UnitStructure.CURRENT,
                last90Days.from(), last90Days.to());
        StatTotals expected = counted.values().stream().reduce(StatTotals.ZERO, StatTotals::plus);
        assertThat(agencyRow(indicators.breakdown(1, last90Days, UnitStructure.CURRENT)).totals())
                .isEqualTo(expected);
    }

    /**
     * Periods whose sums mix year, month and day rows (across New Year, a whole past year, a month's
     * ragged ends): every unit's counters equal the direct count over the demo's dossiers, and so
     * does the number still open when the period began, which sums every row before it.
     */
    @Test
    void summaryRowsOfEveryGrainEqualTheDirectCountOverTheDemoData() {
        UnitScope province = new UnitScope(1, "/1/");
        List<Period> periods = List.of(Period.custom(LocalDate.of(2024, 11, 15), LocalDate.of(2026, 2, 10)),
                Period.year(2025), Period.custom(LocalDate.of(2025, 6, 17), LocalDate.of(2025, 6, 30)),
                Period.custom(LocalDate.of(2024, 1, 1), today));
        for (Period p : periods) {
            Map<Long, StatTotals> expected = nonZero(direct.sumsByUnit(province, "/1/", UnitStructure.CURRENT,
                    p.from(), p.to()));
            assertThat(expected).as("demo dossiers in %s", p).hasSizeGreaterThan(10);
            assertThat(nonZero(stats.sumByUnit(province, "/1/", UnitStructure.CURRENT, p.from(), p.to())))
                    .as("counters in %s", p).isEqualTo(expected);

            long carried = dsl.fetchOne("SELECT COUNT(*) FROM dossier WHERE state NOT IN (1, 3) AND received_at < ?"
                    + " AND (finished_at IS NULL OR finished_at >= ?)", p.from().atStartOfDay(),
                    p.from().atStartOfDay()).get(0, Long.class);
            long carriedFromCounters = stats.openState(province, "/1/", UnitStructure.CURRENT, p.from(),
                            new StatQuery.OpenMoment(p.to(), p.to().plusDays(1), p.to())).values().stream()
                    .mapToLong(StatQuery.OpenState::carriedOver).sum();
            assertThat(carriedFromCounters).as("carried over into %s", p).isEqualTo(carried);
        }
    }

    private static Map<Long, StatTotals> nonZero(Map<Long, StatTotals> byUnit) {
        Map<Long, StatTotals> result = new java.util.HashMap<>(byUnit);
        result.values().removeIf(StatTotals.ZERO::equals);
        return result;
    }

    @Test
    void aDossierStillOpenWhenThePeriodBeganIsCarriedOver() {
        LocalDate r = today.minusDays(120);
        writer.save(dossier("T-CARRIED", AGENCY, r, cal.addWorkingDays(r, 10), null, DossierState.PROCESSING,
                Channel.ONLINE, 0));
        Indicators i = agencyRow(indicators.breakdown(1, last90Days, UnitStructure.CURRENT));
        assertThat(i.get(StatCounter.RECEIVED)).isZero();
        assertThat(i.carriedOver()).isEqualTo(1);
        assertThat(i.openOverdue()).isEqualTo(1);
        // strict convention: the carried-over dossier is overdue, so nothing counts as on time
        assertThat(i.ratio(IndicatorKind.ON_TIME_STRICT)).isEqualTo(new Ratio(0, 1));
        // the resolved-only convention has no resolved dossier: no data, not 0%
        assertThat(i.ratio(IndicatorKind.ON_TIME).value()).isNull();
    }

    @Test
    void aPastPeriodReportsTheOpenStateAtItsEnd() {
        LocalDate r = LocalDate.of(2026, 3, 2);
        LocalDate due = cal.addWorkingDays(r, 10);
        LocalDate resolved = cal.addWorkingDays(due, 3);
        writer.save(dossier("T-PAST", AGENCY, r, due, resolved, DossierState.RESOLVED, Channel.ONLINE,
                DossierTiming.workingDaysLate(cal, due, resolved)));
        // At the end of the day after the due date it was open and overdue; resolved later, late
        Period upToOverdue = Period.custom(r, due.plusDays(1));
        Indicators then = agencyRow(indicators.breakdown(1, upToOverdue, UnitStructure.CURRENT));
        assertThat(then.openAtEnd()).isEqualTo(1);
        assertThat(then.openOverdue()).isEqualTo(1);
        assertThat(then.get(StatCounter.RESOLVED)).isZero();
        // At the end of the day before the due date it was due soon
        Indicators before = agencyRow(indicators.breakdown(1, Period.custom(r, cal.addWorkingDays(due, -1)),
                UnitStructure.CURRENT));
        assertThat(before.openDueSoon()).isEqualTo(1);
        assertThat(before.openOverdue()).isZero();
    }

    @Test
    void formerUnitsRollUpToTheirSuccessorAndShowUnderTheirOldPlaceInTheFormerTree() {
        LocalDate r = LocalDate.of(2024, 10, 1);
        LocalDate due = cal.addWorkingDays(r, 10);
        writer.save(dossier("T-2024", FORMER, r, due, due, DossierState.RETURNED, Channel.IN_PERSON, 0));
        Period y2024 = Period.year(2024);

        UnitBreakdown current = indicators.breakdown(AGENCY, y2024, UnitStructure.CURRENT);
        assertThat(current.total().get(StatCounter.RESOLVED_ON_TIME)).isEqualTo(1);
        assertThat(current.rows()).extracting(row -> row.unit().id()).containsExactly(FORMER);

        assertThat(agencyRow(indicators.breakdown(1, y2024, UnitStructure.CURRENT)).get(StatCounter.RECEIVED))
                .isEqualTo(1);
        UnitBreakdown former = indicators.breakdown(FORMER, y2024, UnitStructure.CURRENT);
        assertThat(former.structure()).isEqualTo(UnitStructure.FORMER);
        assertThat(former.total().get(StatCounter.RECEIVED)).isEqualTo(1);
    }

    @Test
    void aPeriodWithNoDossiersGivesZerosAndNoRates() {
        Period future = Period.year(today.getYear() + 3);
        UnitBreakdown b = indicators.breakdown(AGENCY, future, UnitStructure.CURRENT);
        assertThat(b.total().get(StatCounter.RECEIVED)).isZero();
        for (IndicatorKind kind : List.of(IndicatorKind.ON_TIME, IndicatorKind.ONLINE, IndicatorKind.DIGITISATION,
                IndicatorKind.SATISFACTION, IndicatorKind.ONLINE_PAYMENT)) {
            assertThat(b.total().ratio(kind).value()).as(kind.name()).isNull();
        }
    }

    @Test
    void aUnitOutsideTheScopeIsUnknown() {
        loadSeven();
        TestLogins.loginAs(users, "lanhdao.anxuyen");
        assertThatThrownBy(() -> indicators.breakdown(AGENCY, last90Days, UnitStructure.CURRENT))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("unit.unknown");
        assertThatThrownBy(() -> indicators.breakdown(1, last90Days, UnitStructure.CURRENT))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("unit.unknown");
        UnitBreakdown own = indicators.breakdown(reportUnits.homeUnit().id(), last90Days, UnitStructure.CURRENT);
        assertThat(own.rows()).noneMatch(row -> row.unit().id() == AGENCY);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> Period.custom(today, today.minusDays(1)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("period.from-after-to");
    }
}
