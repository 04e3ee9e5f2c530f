package vn.camau.reform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.jooq.Tables.DOSSIER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import vn.camau.reform.dossier.query.DossierConditions;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dossier.AlertFilter;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierEventRecord;
import vn.camau.reform.dossier.DossierFilter;
import vn.camau.reform.dossier.DossierRecord;
import vn.camau.reform.dossier.DossierService;
import vn.camau.reform.dossier.DossierSettings;
import vn.camau.reform.dossier.DossierSettingsService;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierStatus;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.OpenTiming;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.dossier.SupplementRule;
import vn.camau.reform.dossier.TestDossiers;

/**
 * Issue 17: the open state and the apology duty at the edges of a period. The last day of a period
 * that is over has ended, so a dossier due that day and still open is overdue and owes an apology,
 * never "due soon"; a dossier waiting for the applicant's supplement (the clock stopped) is "waiting",
 * neither due soon nor overdue, and owes no apology until the clock runs again. Each figure is checked
 * against a count written here straight over the dossier and event rows, in a period that ended weeks
 * ago and in one that runs, across a wait that spans the period's end.
 */
@AppTest
@Transactional // each test rolls back its dossiers and counters; RolledBackGenerations drops the figures kept meanwhile
class OpenStateEdgesTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierWriteService writer;
    @Autowired
    DossierSettingsService settings;
    @Autowired
    DirectCountQuery direct;
    @Autowired
    CalendarService calendarService;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    WorkingCalendar cal;
    LocalDate today;
    /** The last day of the past period: three working weeks ago. */
    LocalDate end;
    Period past;
    Period running;

    @BeforeEach
    void setUp() {
        TestDossiers.ensureReferenceData(dsl);
        TestLogins.loginAs(users, "admin");
        cal = calendarService.calendar();
        today = indicators.today();
        end = cal.workingDaysBefore(today, 15);
        past = Period.custom(end.minusDays(40), end);
        running = Period.custom(today.minusDays(90), today);
    }

    @AfterEach
    void tearDown() {
        TestLogins.logout();
    }

    private LocalDate e(int workingDays) {
        return cal.addWorkingDays(end, workingDays);
    }

    private LocalDate t(int workingDays) {
        return cal.addWorkingDays(today, workingDays);
    }

    /** The sender's event ids follow the dossier and the event's place, so saving a dossier again adds only new events. */
    private static DossierEventRecord event(String code, int index, LocalDateTime at, DossierState state) {
        return new DossierEventRecord(at, state, state == DossierState.SUPPLEMENT_REQUESTED ? "Yêu cầu bổ sung"
                : "Thẩm định", AGENCY, null, null, null, code + "-" + index);
    }

    /**
     * A dossier received at 8:30 on {@code received}, in processing from 9:00, with a supplement
     * requested at 10:00 on {@code requested} (when given) and the applicant's answer at 9:00 on
     * {@code answered} (when given), resolved at 15:00 on {@code resolved} (when given).
     */
    private void save(String code, LocalDate received, LocalDate appointment, LocalDate requested, LocalDate answered,
                      LocalDate resolved) {
        List<DossierEventRecord> events = new ArrayList<>();
        events.add(event(code, 0, received.atTime(8, 30), DossierState.RECEIVED));
        events.add(event(code, 1, received.atTime(9, 0), DossierState.PROCESSING));
        DossierState state = DossierState.PROCESSING;
        if (requested != null) {
            events.add(event(code, 2, requested.atTime(10, 0), DossierState.SUPPLEMENT_REQUESTED));
            state = DossierState.SUPPLEMENT_REQUESTED;
        }
        if (answered != null) {
            events.add(event(code, 3, answered.atTime(9, 0), DossierState.PROCESSING));
            state = DossierState.PROCESSING;
        }
        if (resolved != null) {
            events.add(event(code, 4, resolved.atTime(15, 0), DossierState.RESOLVED));
            state = DossierState.RESOLVED;
        }
        DossierRecord d = TestDossiers.dossier(code, AGENCY, received, appointment, resolved, state, Channel.ONLINE, 0);
        writer.save(TestDossiers.with(d, false, events));
    }

    /** One of each edge, around the past period's last day and around today. */
    private void loadEdges() {
        // due on the period's last day, resolved two working days later: overdue at its end
        save("T-LASTDAY-LATE", e(-6), end, null, null, e(2));
        // due on the period's last day and never finished
        save("T-LASTDAY-OPEN", e(-5), end, null, null, null);
        // already past its date when the supplement was requested, still waiting at the period's end,
        // the supplement arrived after it: waiting then, overdue now
        save("T-WAIT-ACROSS", e(-14), e(-8), e(-2), e(3), null);
        // waited, and the supplement came back before the period's end: its clock runs again, on track
        save("T-WAIT-DONE", e(-8), e(3), e(-6), e(-4), null);
        // due the working day after the period's end: due soon then
        save("T-NEXTDAY", e(-3), e(1), null, null, null);
        // waiting now, past the appointment date, and waiting now with the appointment tomorrow
        save("T-WAIT-NOW-LATE", t(-12), t(-2), t(-5), null, null);
        save("T-WAIT-NOW-SOON", t(-3), t(1), t(-1), null, null);
    }

    /** The open state and the apology duty as a reader would count them over the rows, at the period's end. */
    private Map<String, Long> directCount(Period p) {
        boolean over = p.to().isBefore(today);
        LocalDate asOf = over ? p.to() : today;
        LocalDate dueBefore = over ? p.to().plusDays(1) : today;
        LocalDate until = cal.addWorkingDays(asOf, settings.current().dueSoonWorkingDays());
        LocalDateTime endOfAsOf = asOf.plusDays(1).atStartOfDay();
        String sql = """
                SELECT SUM(open), SUM(open AND NOT waiting AND due_date < ?),
                       SUM(open AND NOT waiting AND due_date BETWEEN ? AND ?), SUM(open AND waiting),
                       SUM(due_date BETWEEN ? AND ? AND (finished_at IS NULL OR DATE(finished_at) > due_date)
                           AND NOT waiting)
                FROM (SELECT d.due_date, d.finished_at,
                             d.received_at < ? AND (d.finished_at IS NULL OR d.finished_at >= ?) AS open,
                             EXISTS (SELECT 1 FROM (SELECT dossier_id, state, DATE(event_at) AS from_day,
                                                   DATE(LEAD(event_at) OVER (PARTITION BY dossier_id
                                                                             ORDER BY event_at, id)) AS next_day
                                                    FROM dossier_event) w
                                     WHERE w.dossier_id = d.id AND w.state = 5 AND w.from_day <= ?
                                       AND COALESCE(w.next_day, DATE(d.finished_at), DATE '9999-12-31') > ?) AS waiting
                      FROM dossier d WHERE d.handling_unit_id = ? AND d.state NOT IN (1, 3)) x""";
        var r = dsl.fetchSingle(sql, dueBefore, dueBefore, until, p.from(), dueBefore.minusDays(1), endOfAsOf,
                endOfAsOf, asOf, asOf, AGENCY);
        return Map.of("open", n(r.get(0)), "overdue", n(r.get(1)), "dueSoon", n(r.get(2)), "waiting", n(r.get(3)),
                "apologyRequired", n(r.get(4)));
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private Map<String, Long> figures(Period p) {
        Indicators i = indicators.breakdown(1, p, UnitStructure.CURRENT).rows().stream()
                .filter(r -> r.unit().id() == AGENCY).findFirst().orElseThrow().indicators();
        return Map.of("open", i.openAtEnd(), "overdue", i.openOverdue(), "dueSoon", i.openDueSoon(),
                "waiting", i.openWaiting(), "apologyRequired", i.apology().required());
    }

    @Test
    void atThePastPeriodsEndTheLastDayIsOverAndAWaitingDossierIsNeitherDueSoonNorOverdue() {
        loadEdges();
        Map<String, Long> atEnd = figures(past);
        // the two due on the last day; the one waiting then is not overdue, though its date had passed
        assertThat(atEnd).containsEntry("open", 5L).containsEntry("overdue", 2L).containsEntry("dueSoon", 1L)
                .containsEntry("waiting", 1L).containsEntry("apologyRequired", 2L);
        assertThat(atEnd).isEqualTo(directCount(past));
    }

    @Test
    void nowTheWaitingDossiersAreCountedApartAndOweNoApologyYet() {
        loadEdges();
        Map<String, Long> now = figures(running);
        // overdue now: the last-day one still open, the one whose wait ended, the two that ran out since
        assertThat(now).containsEntry("open", 6L).containsEntry("overdue", 4L).containsEntry("dueSoon", 0L)
                .containsEntry("waiting", 2L).containsEntry("apologyRequired", 5L);
        assertThat(now).isEqualTo(directCount(running));
        Indicators i = indicators.breakdown(AGENCY, running, UnitStructure.CURRENT).total();
        assertThat(i.openOnTrack()).isZero();

        // the late-case alerts leave the waiting ones out; the dossier page calls them "waiting"
        AlertFilter agency = new AlertFilter(AGENCY, null, null, null, null, null);
        assertThat(dossiers.countAlerts(agency)).isEqualTo(4);
        assertThat(dossiers.dossier("T-WAIT-NOW-LATE").orElseThrow().openTiming()).isEqualTo(OpenTiming.WAITING);
        assertThat(dossiers.dossier("T-WAIT-NOW-LATE").orElseThrow().workingDaysLate()).isZero();
        assertThat(dossiers.dossier("T-WAIT-NOW-SOON").orElseThrow().openTiming()).isEqualTo(OpenTiming.WAITING);
        assertThat(dossiers.dossier("T-WAIT-ACROSS").orElseThrow().openTiming()).isEqualTo(OpenTiming.OVERDUE);
        assertThat(dossiers.countDossiers(new DossierFilter(AGENCY, UnitStructure.CURRENT, running, null, null,
                null, DossierStatus.WAITING, null, null))).isEqualTo(2);
        assertThat(dossiers.countDossiers(new DossierFilter(AGENCY, UnitStructure.CURRENT, running, null, null,
                null, DossierStatus.OVERDUE, null, null))).isEqualTo(4);
    }

    /**
     * Today's figures and lists read the flag stored with each dossier (issue 18, item 7), the past days'
     * the events: for today both must name the same dossiers, including one whose wait has ended.
     */
    @Test
    void theStoredWaitingFlagNamesTheDossiersTheEventsSayWaitToday() {
        loadEdges();
        var agencyDossiers = DOSSIER.HANDLING_UNIT_ID.eq(AGENCY);
        List<String> byEvents = dsl.select(DOSSIER.CODE).from(DOSSIER)
                .where(agencyDossiers, DossierConditions.waitingAt(today)).orderBy(DOSSIER.CODE).fetch(DOSSIER.CODE);
        List<String> stored = dsl.select(DOSSIER.CODE).from(DOSSIER)
                .where(agencyDossiers, DossierConditions.waitingAt(today, today)).orderBy(DOSSIER.CODE)
                .fetch(DOSSIER.CODE);
        assertThat(byEvents).containsExactly("T-WAIT-NOW-LATE", "T-WAIT-NOW-SOON");
        assertThat(stored).isEqualTo(byEvents);
    }

    @Test
    void theCountersStillEqualADirectCountWithWaitsInThem() {
        loadEdges();
        UnitScope province = new UnitScope(1, "/1/");
        for (Period p : List.of(past, running, Period.custom(e(-2), e(3)))) {
            StatTotals expected = direct.sumsByUnit(province, "/1/9001/", UnitStructure.CURRENT, p.from(), p.to())
                    .values().stream().reduce(StatTotals.ZERO, StatTotals::plus);
            assertThat(indicators.breakdown(AGENCY, p, UnitStructure.CURRENT).total().totals()).as("%s", p)
                    .isEqualTo(expected);
        }
        StatTotals all = indicators.breakdown(AGENCY, Period.custom(e(-20), today), UnitStructure.CURRENT).total()
                .totals();
        // four waits began; two ended (the supplement arrived); two still run
        assertThat(all.get(StatCounter.WAIT_START)).isEqualTo(4);
        assertThat(all.get(StatCounter.WAIT_END)).isEqualTo(2);
    }

    /** Under RESTART the clock is stopped the same way until the supplement arrives and the new clock starts. */
    @Test
    void withTheRestartRuleTheDossierWaitsUntilTheNewClockStarts() {
        DossierSettings before = settings.current();
        settings.save(new DossierSettings(before.dueSoonWorkingDays(), SupplementRule.RESTART));
        try {
            save("T-RESTART", t(-12), t(-2), t(-5), null, null);
            Map<String, Long> waiting = figures(running);
            assertThat(waiting).containsEntry("waiting", 1L).containsEntry("overdue", 0L)
                    .containsEntry("apologyRequired", 0L);
            assertThat(waiting).isEqualTo(directCount(running));

            // the supplement arrives today: the procedure's full limit runs again from today
            save("T-RESTART", t(-12), t(-2), t(-5), today, null);
            Map<String, Long> running2 = figures(running);
            assertThat(running2).containsEntry("waiting", 0L).containsEntry("overdue", 0L)
                    .containsEntry("dueSoon", 0L).containsEntry("open", 1L);
            assertThat(running2).isEqualTo(directCount(running));
        } finally {
            settings.save(before);
        }
    }
}
