package vn.camau.reform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;

import java.time.LocalDate;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.query.DirectCountQuery;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dashboard.UnitBreakdown;
import vn.camau.reform.dashboard.ClosedPeriodFigures;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierSettings;
import vn.camau.reform.dossier.DossierSettingsService;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.dossier.TestDossiers;

/**
 * Issue 18, item 7: the figures of a period that is over are computed once and kept, and what is kept is
 * what a recomputation gives; a back-dated dossier, a settings change (and, in {@code ClusterTest}, a
 * write through another node) make them computed again, while a dossier of today leaves them alone.
 */
@AppTest
@Transactional // one transaction holds the writes and the reads; RolledBackGenerations drops what was kept inside it
class ClosedPeriodFiguresTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    DossierWriteService writer;
    @Autowired
    DossierSettingsService settings;
    @Autowired
    DirectCountQuery direct;
    @Autowired
    ClosedPeriodFigures kept;
    @Autowired
    ClosedFigures closedFigures;
    @Autowired
    CalendarService calendarService;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    WorkingCalendar cal;
    LocalDate today;
    /** Ended ten days ago: closed, and the seven test dossiers (received 30 working days ago) fall in it. */
    Period past;

    @BeforeEach
    void setUp() {
        TestDossiers.ensureReferenceData(dsl);
        TestLogins.loginAs(users, "admin");
        cal = calendarService.calendar();
        today = indicators.today();
        past = Period.custom(today.minusDays(100), today.minusDays(10));
        TestDossiers.loadSeven(writer, cal, today);
    }

    @AfterEach
    void tearDown() {
        TestLogins.logout();
    }

    private UnitBreakdown figures() {
        return indicators.breakdown(AGENCY, past, UnitStructure.CURRENT);
    }

    @Test
    void aClosedPeriodIsComputedOnceAndWhatIsKeptEqualsARecount() {
        UnitBreakdown first = figures();
        long hits = kept.hits();
        long misses = kept.misses();
        UnitBreakdown second = figures();
        assertThat(kept.hits()).as("the second request is answered from what was kept").isEqualTo(hits + 1);
        assertThat(kept.misses()).isEqualTo(misses);
        assertThat(second).isEqualTo(first);

        ClosedFigures.raise(dsl);
        UnitBreakdown recomputed = figures();
        assertThat(kept.misses()).as("a new generation computes them again").isEqualTo(misses + 1);
        assertThat(recomputed).isEqualTo(second);
        // and they are the dossiers' own figures
        Map<Long, StatTotals> counted = direct.sumsByUnit(new UnitScope(1, "/1/"), first.focus().path(),
                UnitStructure.CURRENT, past.from(), past.to());
        StatTotals all = counted.values().stream().reduce(StatTotals.ZERO, StatTotals::plus);
        for (StatCounter c : StatCounter.values()) {
            assertThat(second.total().get(c)).as(c.name()).isEqualTo(all.get(c));
        }
        assertThat(second.total().get(StatCounter.RECEIVED)).as("the test dossiers are in the period").isPositive();
    }

    @Test
    void aBackDatedDossierIsCountedAtOnce() {
        long received = figures().total().get(StatCounter.RECEIVED);
        figures();
        long generation = closedFigures.generation().figures();
        LocalDate day = cal.workingDaysBefore(today.minusDays(10), 5);
        writer.save(TestDossiers.dossier("T-LATECOMER", AGENCY, day, cal.addWorkingDays(day, 10), null,
                DossierState.PROCESSING, Channel.ONLINE, 0));
        assertThat(closedFigures.generation().figures()).as("raised with the dossier").isGreaterThan(generation);
        assertThat(figures().total().get(StatCounter.RECEIVED)).isEqualTo(received + 1);
    }

    @Test
    void aDossierOfTodayLeavesTheKeptFiguresAlone() {
        UnitBreakdown before = figures();
        long generation = closedFigures.generation().figures();
        long hits = kept.hits();
        writer.save(TestDossiers.dossier("T-TODAY", AGENCY, today, cal.addWorkingDays(today, 10), null,
                DossierState.PROCESSING, Channel.ONLINE, 0));
        assertThat(closedFigures.generation().figures()).isEqualTo(generation);
        assertThat(figures()).isEqualTo(before);
        assertThat(kept.hits()).isEqualTo(hits + 1);
    }

    @Test
    void aSettingsChangeComputesThemAgain() {
        DossierSettings was = settings.current();
        figures();
        long misses = kept.misses();
        try {
            settings.save(new DossierSettings(was.dueSoonWorkingDays() + 1, was.supplementRule()));
            figures();
            assertThat(kept.misses()).isEqualTo(misses + 1);
        } finally {
            settings.save(was);
        }
    }

    @Test
    void theRunningPeriodAndYesterdayAreNotKept() {
        assertThat(ClosedPeriodFigures.isClosed(Period.custom(today.minusDays(30), today), today)).isFalse();
        assertThat(ClosedPeriodFigures.isClosed(Period.custom(today.minusDays(30), today.minusDays(1)), today))
                .as("a writer may still be committing yesterday's rows").isFalse();
        assertThat(ClosedPeriodFigures.isClosed(Period.custom(today.minusDays(30), today.minusDays(2)), today)).isTrue();
        long hits = kept.hits();
        long misses = kept.misses();
        indicators.breakdown(AGENCY, Period.custom(today.minusDays(30), today), UnitStructure.CURRENT);
        indicators.breakdown(AGENCY, Period.custom(today.minusDays(30), today), UnitStructure.CURRENT);
        assertThat(kept.hits()).isEqualTo(hits);
        assertThat(kept.misses()).isEqualTo(misses);
    }
}
