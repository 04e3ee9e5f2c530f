package vn.camau.reform.dashboard.index766;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.dossier.StatCounter;

/** The 766 board over the demo data: ranking, change, the same scores as the seam, scope and periods. */
@AppTest
class Index766BoardTest {

    @Autowired
    Index766Board board;
    @Autowired
    Index766Service index;
    @Autowired
    ReportUnits units;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    private IndexBoard provinceYear() {
        TestLogins.loginAs(users, "lanhdao.tinh");
        return board.board(null, Period.year(2025), UnitStructure.CURRENT);
    }

    @Test
    void unitsAreRankedWorstFirstWithTheUnscoredLast() {
        IndexBoard b = provinceYear();
        List<BoardRow> scored = b.rows().stream().filter(r -> r.attainment() != null).toList();
        assertThat(scored).as("units of the province with figures in 2025").hasSizeGreaterThan(5);
        assertThat(b.rows()).isSortedAccordingTo(Index766Board.WORST_FIRST);
        for (int i = 1; i < scored.size(); i++) {
            assertThat(scored.get(i).attainment()).isGreaterThanOrEqualTo(scored.get(i - 1).attainment());
        }
        assertThat(b.rows().subList(scored.size(), b.rows().size())).allMatch(r -> r.attainment() == null);
        // the worst scored unit really earns the smallest share of what it could earn
        BoardRow worst = scored.getFirst();
        assertThat(scored).allMatch(r -> r.index().total().doubleValue() / r.index().max().doubleValue()
                >= worst.index().total().doubleValue() / worst.index().max().doubleValue() - 1e-4);
    }

    @Test
    void theChangeIsTheShareOfTheMaximumNowLessThePreviousOnes() {
        IndexBoard b = provinceYear();
        assertThat(b.previousPeriod()).isEqualTo(Period.year(2024));
        assertThat(b.change().doubleValue()).isCloseTo(shareChange(b.index(), b.previous()), within(0.006));
        assertThat(b.maxChanged()).isEqualTo(b.index().max().compareTo(b.previous().max()) != 0);
        // a former district's row under the province holds its own desk's dossiers only (its communes
        // report through today's communes), so the check by the unit alone is for current units
        List<BoardRow> compared = b.rows().stream().filter(r -> r.change() != null && !r.unit().isFormer()).toList();
        assertThat(compared).hasSizeGreaterThan(5);
        for (BoardRow r : compared) {
            UnitIndex before = index.score(r.unit().id(), Period.year(2024), UnitStructure.CURRENT);
            assertThat(r.previous().total()).as(r.unit().name()).isEqualByComparingTo(before.total());
            assertThat(r.change().doubleValue()).as(r.unit().name())
                    .isCloseTo(shareChange(r.index(), before), within(0.006));
        }
    }

    /** (total ÷ max − previous total ÷ previous max) × 100, worked out apart from the code under test. */
    private static double shareChange(UnitIndex now, UnitIndex before) {
        return (now.total().doubleValue() / now.max().doubleValue()
                - before.total().doubleValue() / before.max().doubleValue()) * 100;
    }

    @Test
    void everyScoreIsTheServicesScoreOfTheSameUnit() {
        IndexBoard b = provinceYear();
        UnitIndex province = index.score(b.focus().id(), Period.year(2025), UnitStructure.CURRENT);
        assertThat(b.index().total()).isEqualByComparingTo(province.total());
        assertThat(b.index().max()).isEqualByComparingTo(province.max());
        for (BoardRow r : b.rows().stream().filter(r -> !r.unit().isFormer() && r.attainment() != null).limit(4)
                .toList()) {
            UnitIndex alone = index.score(r.unit().id(), Period.year(2025), UnitStructure.CURRENT);
            assertThat(r.index().total()).as(r.unit().name()).isEqualByComparingTo(alone.total());
            assertThat(r.index().groups()).extracting(GroupScore::score)
                    .usingElementComparator(java.math.BigDecimal::compareTo)
                    .containsExactlyElementsOf(alone.groups().stream().map(GroupScore::score).toList());
        }
        // the rows add up to the province: the same dossiers, only split
        long received = b.rows().stream().mapToLong(r -> r.figures().get(StatCounter.RECEIVED)).sum();
        assertThat(received).isEqualTo(b.figures().get(StatCounter.RECEIVED)).isPositive();
    }

    @Test
    void theTrendEndsWithThePeriodAndHoldsTwelveMonths() {
        TestLogins.loginAs(users, "lanhdao.tinh");
        Period june = Period.month(YearMonth.of(2025, 6));
        IndexBoard b = board.board(null, june, UnitStructure.CURRENT);
        assertThat(b.trend()).hasSize(12);
        assertThat(b.trend().getFirst().period()).isEqualTo(Period.month(YearMonth.of(2024, 7)));
        assertThat(b.trend().getLast().index().total()).isEqualByComparingTo(b.index().total());
        TrendPoint march = b.trend().get(8);
        assertThat(march.period()).isEqualTo(Period.month(YearMonth.of(2025, 3)));
        assertThat(march.index().total()).isEqualByComparingTo(
                index.score(b.focus().id(), march.period(), UnitStructure.CURRENT).total());
        // years reach back only to 2023, the first year with data
        assertThat(board.board(null, Period.year(2025), UnitStructure.CURRENT).trend()).extracting(TrendPoint::period)
                .containsExactly(Period.year(2023), Period.year(2024), Period.year(2025));
    }

    @Test
    void aCommuneLeaderCannotAskForTheProvince() {
        TestLogins.loginAs(users, "lanhdao.anxuyen");
        long province = 1;
        assertThatThrownBy(() -> board.board(province, Period.year(2025), UnitStructure.CURRENT))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("unit.unknown");
        IndexBoard own = board.board(null, Period.year(2025), UnitStructure.CURRENT);
        assertThat(own.focus().code()).isEqualTo("32002");
    }

    @Test
    void whoMayNotReadTheIndexIsRefused() {
        TestLogins.loginAs(users, "nhansu");
        assertThatThrownBy(() -> board.board(null, Period.year(2025), UnitStructure.CURRENT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void periodsInTheFutureBeforeTheDataOrCustomAreRefusedByName() {
        TestLogins.loginAs(users, "lanhdao.tinh");
        int next = board.today().getYear() + 1;
        assertThatThrownBy(() -> board.board(null, Period.year(next), UnitStructure.CURRENT))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("index766.period.future");
        assertThatThrownBy(() -> board.board(null, Period.year(2022), UnitStructure.CURRENT))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("index766.period.before-data");
        assertThatThrownBy(() -> board.board(null, Period.custom(Period.year(2025).from(), Period.year(2025).to()),
                UnitStructure.CURRENT))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("index766.period.custom");
    }

    @Test
    void periodsAreWrittenAsYearQuarterOrMonth() {
        assertThat(Index766Periods.parse("2025")).isEqualTo(Period.year(2025));
        assertThat(Index766Periods.parse(" 2025-q3 ")).isEqualTo(Period.quarter(2025, 3));
        assertThat(Index766Periods.parse("2025-07")).isEqualTo(Period.month(YearMonth.of(2025, 7)));
        assertThat(Index766Periods.format(Period.quarter(2025, 3))).isEqualTo("2025-Q3");
        for (String bad : new String[] {"", "2025-13", "2025-Q5", "25", "2025/07", "năm nay"}) {
            assertThatThrownBy(() -> Index766Periods.parse(bad)).as(bad)
                    .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("index766.period.malformed");
        }
        assertThat(Index766Periods.parse("2025").kind()).isEqualTo(PeriodKind.YEAR);
    }

    @Test
    void proceduresAreListedByThePointsTheyCost() {
        TestLogins.loginAs(users, "lanhdao.tinh");
        List<ProcedureLoss> losses = board.procedureLosses(1, Period.year(2025), UnitStructure.CURRENT);
        assertThat(losses).isNotEmpty().allMatch(l -> l.pointsLost().signum() > 0);
        assertThat(losses).extracting(ProcedureLoss::pointsLost)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // a procedure that costs points has dossiers that missed some numerator
        var top = losses.getFirst().procedure().totals();
        assertThat(top.get(StatCounter.RESOLVED_LATE) + top.get(StatCounter.RECEIVED)
                - top.get(StatCounter.RECEIVED_ONLINE)).isPositive();
    }
}
