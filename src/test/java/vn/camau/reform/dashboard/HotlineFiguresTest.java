package vn.camau.reform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.dossier.TestDossiers.FORMER;
import static vn.camau.reform.dossier.TestDossiers.OFFICER_ID;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.hotline.query.HotlineFiguresQuery;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.hotline.HotlineStatsService;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.hotline.HotlineFigures;
import vn.camau.reform.hotline.OfficerHotlineCount;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dashboard.IndicatorKind;
import vn.camau.reform.dashboard.UnitBreakdown;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dossier.TestHotlineReports;

/**
 * The hotline's indicators: each edge of the shared definitions on reports written by hand, the
 * roll-up into the breakdown, the scope, and agreement with a plain SQL count written independently.
 */
@AppTest
@Transactional // each test rolls back its reports and dossiers; RolledBackGenerations drops the figures kept meanwhile
class HotlineFiguresTest {

    /** Phường An Xuyên, outside the test agency: where the out-of-scope reports go. */
    static final long AN_XUYEN = 100;

    @Autowired
    IndicatorService indicators;
    @Autowired
    HotlineFiguresQuery query;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    HotlineService hotline;
    @Autowired
    HotlineStatsService hotlineStats;

    TestHotlineReports reports;
    LocalDate today;
    Period last90Days;

    @BeforeEach
    void setUp() {
        TestDossiers.ensureReferenceData(dsl);
        reports = new TestHotlineReports(dsl);
        TestLogins.loginAs(users, "lanhdao.tinh");
        today = indicators.today();
        last90Days = Period.custom(today.minusDays(90), today);
    }

    @AfterEach
    void tearDown() {
        TestLogins.logout();
    }

    private LocalDate daysAgo(int n) {
        return today.minusDays(n);
    }

    /**
     * One report for each edge, about the test agency unless said otherwise (their letters are what
     * the assertions count).
     */
    private void loadEdges() {
        // A: answered on its due date, in the afternoon → on time
        reports.report(AGENCY, daysAgo(20), daysAgo(10)).answered(daysAgo(10).atTime(16, 30)).save();
        // B: answered the morning after its due date → late
        reports.report(AGENCY, daysAgo(20), daysAgo(10)).answered(daysAgo(9).atTime(8, 0)).save();
        // C: due today, unanswered → neither due yet nor overdue
        reports.report(AGENCY, daysAgo(2), today).save();
        // C2: due today and answered today → due, on time
        reports.report(AGENCY, daysAgo(1), today).answered(today.atStartOfDay().plusHours(7)).save();
        // D: unanswered a day past its due date → due, not on time, overdue
        reports.report(AGENCY, daysAgo(20), daysAgo(1)).save();
        // E, F, G: answered in time; partly founded / founded / unfounded; not satisfied / satisfied / no response
        reports.report(AGENCY, daysAgo(30), daysAgo(20)).answered(daysAgo(21).atTime(10, 0))
                .concluded("PARTLY_FOUNDED").satisfaction("NOT_SATISFIED").save();
        reports.report(AGENCY, daysAgo(30), daysAgo(20)).answered(daysAgo(21).atTime(10, 0))
                .concluded("FOUNDED").satisfaction("SATISFIED").save();
        reports.report(AGENCY, daysAgo(30), daysAgo(20)).answered(daysAgo(21).atTime(10, 0))
                .concluded("UNFOUNDED").satisfaction("NO_RESPONSE").save();
        // H: received before the period, due (and answered in time) in it → due and on time, not received
        reports.report(AGENCY, daysAgo(120), daysAgo(80)).answered(daysAgo(85).atTime(9, 0)).save();
        // J: received in the period, answered, due after it → received only
        reports.report(AGENCY, daysAgo(3), today.plusDays(3)).answered(daysAgo(1).atTime(9, 0)).save();
        // K: about the former unit, which rolls up to the agency → received
        reports.report(FORMER, daysAgo(5), today.plusDays(2)).save();
        // L: before the period altogether (received, due, answered late) → nothing
        reports.report(AGENCY, daysAgo(200), daysAgo(190)).answered(daysAgo(150).atTime(9, 0))
                .concluded("FOUNDED").save();
        // M: outside the agency, overdue and founded → never in the agency's figures
        reports.report(AN_XUYEN, daysAgo(20), daysAgo(10)).concluded("FOUNDED").save();
    }

    private Indicators agencyRow(UnitBreakdown b) {
        return b.rows().stream().filter(r -> r.unit().id() == AGENCY).findFirst().orElseThrow().indicators();
    }

    @Test
    void eachEdgeOfTheDefinitionsCountsAsAgreed() {
        loadEdges();
        HotlineFigures h = agencyRow(indicators.breakdown(1, last90Days, UnitStructure.CURRENT)).hotline();

        // A B C C2 D E F G J K
        assertThat(h.received()).isEqualTo(10);
        // A B C2 D E F G H: not C (due today, unanswered), not J (due after the period)
        assertThat(h.due()).isEqualTo(8);
        // A C2 E F G H
        assertThat(h.answeredOnTime()).isEqualTo(6);
        assertThat(h.overdue()).isEqualTo(1);
        // E (partly) and F
        assertThat(h.founded()).isEqualTo(2);
        // F of E and F; G's "no response" is left out
        assertThat(h.satisfied()).isEqualTo(1);
        assertThat(h.satisfactionResponses()).isEqualTo(2);
        assertThat(h.onTimeRatio()).isEqualTo(new Ratio(6, 8));
        assertThat(h.satisfactionRatio()).isEqualTo(new Ratio(1, 2));
    }

    @Test
    void theAgencyRowsAddUpAndTheFormerUnitShowsAsItsOwnRow() {
        loadEdges();
        UnitBreakdown agency = indicators.breakdown(AGENCY, last90Days, UnitStructure.CURRENT);
        HotlineFigures self = agency.rows().stream().filter(r -> r.unit().id() == AGENCY).findFirst().orElseThrow()
                .indicators().hotline();
        HotlineFigures former = agency.rows().stream().filter(r -> r.unit().id() == FORMER).findFirst().orElseThrow()
                .indicators().hotline();
        assertThat(former.received()).isEqualTo(1);
        assertThat(self.received()).isEqualTo(9);
        assertThat(agency.total().hotline()).isEqualTo(self.plus(former));
        // the comparison's current period is the same total
        assertThat(indicators.compare(AGENCY, last90Days, UnitStructure.CURRENT).current().hotline())
                .isEqualTo(agency.total().hotline());
        assertThat(agency.total().ratio(IndicatorKind.HOTLINE_ON_TIME)).isEqualTo(new Ratio(6, 8));
    }

    @Test
    void theFiguresEqualAPlainSqlCount() {
        loadEdges();
        // a few more, random-ish, across the province, so the comparison is not only the edges above;
        // some reopened, so that rounds count as rounds
        for (int i = 0; i < 12; i++) {
            LocalDate received = daysAgo(7 * i + 3);
            var draft = reports.report(i % 3 == 0 ? AN_XUYEN : AGENCY, received, received.plusDays(i % 5 + 4));
            if (i % 4 != 0) {
                draft.answered(received.plusDays(i % 7 + 1).atTime(11, 0));
            }
            if (i % 3 == 1) {
                draft.concluded(i % 2 == 0 ? "FOUNDED" : "PARTLY_FOUNDED").satisfaction("SATISFIED");
            }
            if (i % 4 == 1) {
                LocalDateTime reopened = received.plusDays(i % 7 + 3).atTime(14, 0);
                draft.satisfaction("NOT_SATISFIED").reopened(reopened, reopened.toLocalDate().plusDays(6));
                if (i % 8 == 1) {
                    draft.answered(reopened.plusDays(2)).satisfaction("SATISFIED").concluded("UNFOUNDED");
                }
            }
            draft.save();
        }
        for (Period p : List.of(last90Days, Period.custom(daysAgo(60), daysAgo(10)), Period.year(today.getYear()),
                Period.custom(daysAgo(40), daysAgo(33)), Period.custom(daysAgo(25), daysAgo(25)))) {
            UnitBreakdown province = indicators.breakdown(1, p, UnitStructure.CURRENT);
            assertThat(indicators.breakdown(AGENCY, p, UnitStructure.CURRENT).total().hotline()).as("agency %s", p)
                    .isEqualTo(plainCount("/1/9001/", p));
            assertThat(province.total().hotline()).as("province %s", p).isEqualTo(plainCount("/1/", p));
        }
    }

    /**
     * The definitions as a reader would write them in SQL over the answer rounds, without the query's
     * helpers, at the period's end: the end of its last day once it is over (a deadline that day has
     * passed), now while it runs (a report due today is not yet late); without the reports withheld from
     * the signed-in reader (about them, not concluded founded).
     */
    private HotlineFigures plainCount(String path, Period p) {
        String sql = """
                SELECT
                  SUM(o.round_no = 1 AND DATE(r.received_at) BETWEEN ? AND ?),
                  SUM(o.due_date BETWEEN ? AND ? AND o.opened_at < ? AND (o.due_date < ? OR o.answered_at < ?)),
                  SUM(o.due_date BETWEEN ? AND ? AND o.opened_at < ? AND (o.due_date < ? OR o.answered_at < ?)
                      AND o.answered_at < o.due_date + INTERVAL 1 DAY),
                  SUM(DATE(o.opened_at) BETWEEN ? AND ? AND o.opened_at < ? AND o.due_date < ?
                      AND (o.answered_at IS NULL OR o.answered_at >= ?)),
                  SUM(DATE(r.received_at) BETWEEN ? AND ? AND o.opened_at < ? AND (o.reopened_at IS NULL OR o.reopened_at >= ?)
                      AND o.conclusion IN ('FOUNDED', 'PARTLY_FOUNDED') AND o.concluded_at < ?),
                  SUM(DATE(r.received_at) BETWEEN ? AND ? AND o.satisfaction = 'SATISFIED' AND o.satisfaction_at < ?),
                  SUM(DATE(r.received_at) BETWEEN ? AND ? AND o.satisfaction IN ('SATISFIED', 'NOT_SATISFIED')
                      AND o.satisfaction_at < ?)
                FROM hotline_round o
                JOIN hotline_report r ON r.id = o.report_id
                JOIN admin_unit u ON u.id = r.unit_id
                JOIN admin_unit ru ON ru.id = u.report_unit_id
                WHERE ru.path LIKE CONCAT(?, '%')
                  AND NOT (r.officer_id IN (SELECT v.id FROM officer v JOIN app_user a ON a.id = v.user_id
                                            WHERE a.username = ?)
                           AND (r.conclusion IS NULL OR r.conclusion NOT IN ('FOUNDED', 'PARTLY_FOUNDED')))""";
        LocalDate f = p.from();
        LocalDate t = p.to();
        // a report about the signed-in reader, not concluded founded, is withheld from them (DOMAIN, hotline);
        // the demo data, drawn anew each day, sometimes holds one about the leader reading
        String viewer = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getName();
        boolean over = t.isBefore(today);
        LocalDateTime end = (over ? t : today).plusDays(1).atStartOfDay();
        LocalDate dueBefore = over ? t.plusDays(1) : today;
        var row = dsl.fetchSingle(sql, f, t, f, t, end, dueBefore, end, f, t, end, dueBefore, end, f, t, end, dueBefore,
                end, f, t, end, end, end, f, t, end, f, t, end, path, viewer);
        long[] v = new long[7];
        for (int i = 0; i < 7; i++) {
            Object o = row.get(i);
            v[i] = o == null ? 0 : ((Number) o).longValue();
        }
        return new HotlineFigures(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    /**
     * Issue 17: November's overdue answers are those that were overdue on 30 November, not today. A
     * month that ended weeks ago: what was late then counts, what became late after does not, and a
     * report due on the month's last day and unanswered at its end was overdue in it.
     */
    @Test
    void overdueIsJudgedAtThePeriodsEndNotToday() {
        LocalDate first = today.minusMonths(2).withDayOfMonth(1);
        LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        Period month = Period.custom(first, last);
        // late at the month's end, answered since: overdue then
        reports.report(AGENCY, first.plusDays(2), first.plusDays(9)).answered(last.plusDays(3).atTime(10, 0)).save();
        // due on the month's last day, unanswered at its end, answered the next morning
        reports.report(AGENCY, last.minusDays(6), last).answered(last.plusDays(1).atTime(8, 0)).save();
        // due after the month, still unanswered today: overdue now, not at the month's end
        reports.report(AGENCY, last.minusDays(3), last.plusDays(4)).save();
        // answered in time within the month
        reports.report(AGENCY, first.plusDays(4), first.plusDays(11)).answered(first.plusDays(8).atTime(9, 0)).save();

        HotlineFigures h = agencyRow(indicators.breakdown(1, month, UnitStructure.CURRENT)).hotline();
        assertThat(h.received()).isEqualTo(4);
        assertThat(h.overdue()).isEqualTo(2);
        assertThat(h.due()).isEqualTo(3);
        assertThat(h.answeredOnTime()).isEqualTo(1);
        assertThat(h).isEqualTo(plainCount("/1/9001/", month));
        // this month sees the report that is overdue now, not those of the month gone by
        Period thisMonth = Period.custom(today.withDayOfMonth(1), today);
        assertThat(agencyRow(indicators.breakdown(1, Period.custom(last.minusDays(3), today), UnitStructure.CURRENT))
                .hotline().overdue()).isEqualTo(1);
        assertThat(indicators.breakdown(AGENCY, thisMonth, UnitStructure.CURRENT).total().hotline())
                .isEqualTo(plainCount("/1/9001/", thisMonth));
    }

    /**
     * Issue 17: a reopening gives the report a new deadline, but the first round keeps its own: the
     * period it fell in counts the same before and after, deadline, answer, word and finding.
     */
    @Test
    void aReopeningLeavesAPastPeriodsFiguresAsTheyWere() {
        LocalDate first = today.minusMonths(2).withDayOfMonth(1);
        Period month = Period.custom(first, first.withDayOfMonth(first.lengthOfMonth()));
        long id = reports.report(AGENCY, first.plusDays(1), first.plusDays(8))
                .answered(first.plusDays(10).atTime(9, 0))
                .satisfaction("NOT_SATISFIED", first.plusDays(11).atTime(9, 0))
                .concluded("FOUNDED", first.plusDays(12).atTime(9, 0)).save();
        HotlineFigures before = agencyRow(indicators.breakdown(1, month, UnitStructure.CURRENT)).hotline();
        assertThat(before).isEqualTo(new HotlineFigures(1, 1, 0, 0, 1, 0, 1));

        TestLogins.loginAs(users, "chanhthanhtra");
        hotline.reopen(id, 0, "Công dân chưa đồng ý với kết quả trả lời");
        TestLogins.loginAs(users, "lanhdao.tinh");

        assertThat(agencyRow(indicators.breakdown(1, month, UnitStructure.CURRENT)).hotline()).isEqualTo(before);
        assertThat(agencyRow(indicators.breakdown(1, month, UnitStructure.CURRENT)).hotline())
                .isEqualTo(plainCount("/1/9001/", month));
        // the new round is awaited from today, with its own deadline; the first kept its own
        assertThat(dsl.fetch("SELECT round_no, due_date, answered_at IS NOT NULL, reopened_at IS NOT NULL"
                + " FROM hotline_round WHERE report_id = ? ORDER BY round_no", id))
                .extracting(r -> r.get(0, Integer.class) + " " + r.get(1, LocalDate.class) + " " + r.get(2, Boolean.class)
                        + " " + r.get(3, Boolean.class))
                .containsExactly("1 " + first.plusDays(8) + " true true",
                        "2 " + dsl.fetchValue("SELECT due_date FROM hotline_report WHERE id = ?", id) + " false false");
        assertThat(hotlineStats.stats(AGENCY, month).onTime()).filteredOn(m -> m.month().equals(YearMonth.from(first)))
                .singleElement().satisfies(m -> assertThat(m.due()).isEqualTo(1));
    }

    @Test
    void aUnitOutsideTheScopeCountsNowhere() {
        loadEdges();
        // the SQL itself holds the wall: the commune's scope with the province as focus still sees only it
        UnitScope anXuyen = new UnitScope(AN_XUYEN, dsl.fetchValue(
                "SELECT path FROM admin_unit WHERE id = ?", AN_XUYEN).toString());
        Map<Long, HotlineFigures> seen = query.byUnit(anXuyen, "/1/", UnitStructure.CURRENT, last90Days.from(),
                last90Days.to(), today);
        assertThat(seen).doesNotContainKeys(AGENCY, FORMER);
        assertThat(seen.get(AN_XUYEN).founded()).isGreaterThanOrEqualTo(1);

        TestLogins.loginAs(users, "lanhdao.anxuyen");
        HotlineFigures ward = indicators.breakdown(AN_XUYEN, last90Days, UnitStructure.CURRENT).total().hotline();
        assertThat(ward).isEqualTo(plainCount(anXuyen.path(), last90Days));
        assertThatThrownBy(() -> indicators.breakdown(AGENCY, last90Days, UnitStructure.CURRENT))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void anOfficersReportsAndFoundedOnesAreCountedForTheirEvaluation() {
        dsl.insertInto(OFFICER).set(OFFICER.ID, OFFICER_ID).set(OFFICER.CODE, "TEST-CB-1")
                .set(OFFICER.FULL_NAME, "Lý Văn Tư").set(OFFICER.SEARCH_NAME, "ly van tu")
                .set(OFFICER.UNIT_ID, AGENCY).set(OFFICER.POSITION, "Chuyên viên").execute();
        reports.report(AGENCY, daysAgo(10), daysAgo(3)).officer(OFFICER_ID).concluded("FOUNDED").save();
        reports.report(AGENCY, daysAgo(12), daysAgo(4)).officer(OFFICER_ID).concluded("PARTLY_FOUNDED").save();
        reports.report(AGENCY, daysAgo(14), daysAgo(5)).officer(OFFICER_ID).concluded("UNFOUNDED").save();
        reports.report(AGENCY, daysAgo(16), daysAgo(6)).officer(OFFICER_ID).save();
        // before the period, and a report naming nobody: neither counts
        reports.report(AGENCY, daysAgo(200), daysAgo(190)).officer(OFFICER_ID).concluded("FOUNDED").save();
        reports.report(AGENCY, daysAgo(10), daysAgo(3)).concluded("FOUNDED").save();
        // an An Xuyên officer, outside the agency
        long anXuyenOfficer = dsl.select(OFFICER.ID).from(OFFICER).where(OFFICER.UNIT_ID.eq(AN_XUYEN)).limit(1)
                .fetchSingle(OFFICER.ID);
        reports.report(AN_XUYEN, daysAgo(10), daysAgo(3)).officer(anXuyenOfficer).concluded("FOUNDED").save();

        assertThat(indicators.hotlineByOfficer(AGENCY, last90Days))
                .containsExactly(new OfficerHotlineCount(OFFICER_ID, 4, 2));
        assertThat(indicators.hotlineByOfficer(1, last90Days))
                .contains(new OfficerHotlineCount(OFFICER_ID, 4, 2))
                .anySatisfy(c -> assertThat(c.officerId()).isEqualTo(anXuyenOfficer));

        // the commune leader sees their own officers only, and the agency not at all
        TestLogins.loginAs(users, "lanhdao.anxuyen");
        assertThat(indicators.hotlineByOfficer(AN_XUYEN, last90Days))
                .allSatisfy(c -> assertThat(c.officerId()).isNotEqualTo(OFFICER_ID))
                .anySatisfy(c -> assertThat(c.officerId()).isEqualTo(anXuyenOfficer));
        assertThatThrownBy(() -> indicators.hotlineByOfficer(AGENCY, last90Days))
                .isInstanceOf(BusinessRuleException.class);
        // a civil servant has no business with who was reported
        TestLogins.loginAs(users, "motcua.anxuyen");
        assertThatThrownBy(() -> indicators.hotlineByOfficer(AN_XUYEN, last90Days))
                .isInstanceOf(AccessDeniedException.class);
    }
}
