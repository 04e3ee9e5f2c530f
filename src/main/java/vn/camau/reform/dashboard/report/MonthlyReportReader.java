package vn.camau.reform.dashboard.report;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dashboard.IndicatorKind;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dashboard.UnitBreakdown;
import vn.camau.reform.dashboard.UnitRow;
import vn.camau.reform.dashboard.index766.Index766Service;
import vn.camau.reform.dashboard.index766.UnitIndex;
import vn.camau.reform.dossier.DossierFigures;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.hotline.HotlineFigures;
import vn.camau.reform.hotline.HotlineFiguresService;
import vn.camau.reform.hotline.HotlineStatsService;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;
import vn.camau.reform.security.Role;

/**
 * Gathers a report's figures from the features' own services, each read once: the same figures the
 * overview, the hotline charts, the 766 view and the evaluation rounds show for the unit and period.
 * Runs inside a {@link vn.camau.reform.security.UnitReading}, so the scope is the reported unit's.
 */
@Component
class MonthlyReportReader {

    /** How many low units the report names, and how many steps for each. */
    static final int LOWEST = 5;
    static final int STEPS = 3;
    static final int TREND_MONTHS = 12;
    /** Who may read a stored report: whose hotline reports it leaves out until founded. */
    static final Set<Role> READERS = Permission.READ_MONTHLY_REPORTS.roles();

    private final IndicatorService indicators;
    private final Index766Service index766;
    private final HotlineStatsService hotline;
    private final HotlineFiguresService hotlineFigures;
    private final EvaluationService evaluations;
    private final DossierFigures dossiers;
    private final CurrentUser currentUser;

    MonthlyReportReader(IndicatorService indicators, Index766Service index766, HotlineStatsService hotline,
                        HotlineFiguresService hotlineFigures, EvaluationService evaluations, DossierFigures dossiers,
                        CurrentUser currentUser) {
        this.hotlineFigures = hotlineFigures;
        this.indicators = indicators;
        this.index766 = index766;
        this.hotline = hotline;
        this.evaluations = evaluations;
        this.dossiers = dossiers;
        this.currentUser = currentUser;
    }

    MonthlyReportFigures read(ReportUnit unit, String parentName, Period period) {
        UnitBreakdown now = indicators.breakdown(unit.id(), period, UnitStructure.CURRENT);
        Period previous = period.previous();
        Indicators before = forReaders(unit, previous,
                indicators.breakdown(unit.id(), previous, UnitStructure.CURRENT).total());
        Indicators total = forReaders(unit, period, now.total());
        HotlineFigures h = total.hotline();
        return new MonthlyReportFigures(
                new MonthlyReportFigures.Unit(unit.id(), unit.code(), unit.name(), unit.level(), parentName),
                period, total.asOf(),
                MonthlyReportFigures.Dossiers.of(total, before),
                lowest(now, period),
                new MonthlyReportFigures.Apologies(total.apology().required(), total.apology().issuedInTime(),
                        total.apology().issuedLate(), total.apology().missing(), total.apology().secondMiss()),
                new MonthlyReportFigures.Hotline(h.received(), h.due(), h.answeredOnTime(), h.overdue(), h.founded(),
                        hotline.receivedAndOverdueByCategoryForReaders(unit.id(), period, READERS).stream()
                                .map(c -> new MonthlyReportFigures.CategoryCount(c.category(), c.received(),
                                        c.overdue()))
                                .toList()),
                index(unit.id(), period, total, previous, before).orElse(null),
                evaluations.openCyclesUnder(unit.id()).stream().map(MonthlyReportReader::round).toList(),
                trend(unit.id(), period));
    }

    /**
     * The figures without the hotline reports about anyone who may read the stored report (a user whose
     * scope holds the unit, in a role that reads reports) and that are not concluded founded: the overview
     * withholds such a report from the person it is about until it is founded (HotlineConditions.countedFor),
     * and a stored report, read by all of them, may not tell any of them either. The 766 score is taken
     * from these figures too, so no part of the report counts what another part leaves out.
     */
    private Indicators forReaders(ReportUnit unit, Period period, Indicators figures) {
        HotlineFigures withheld = hotlineFigures.withheldFromReadersOf(unit.reportPath(), READERS,
                        currentUser.scope(), unit.reportPath(), UnitStructure.CURRENT, period.from(), period.to(),
                        indicators.today())
                .values().stream().reduce(HotlineFigures.NONE, HotlineFigures::plus);
        return figures.withHotline(figures.hotline().minus(withheld));
    }

    /** The rows with resolved dossiers, lowest on-time rate first, each with the steps behind its lateness. */
    private List<MonthlyReportFigures.LowUnit> lowest(UnitBreakdown now, Period period) {
        var scope = currentUser.scope();
        return now.rows().stream()
                .filter(r -> r.indicators().get(StatCounter.RESOLVED) > 0)
                .sorted(Comparator.comparingDouble((UnitRow r) -> r.indicators().ratio(IndicatorKind.ON_TIME).value())
                        .thenComparing(r -> -r.indicators().get(StatCounter.RESOLVED_LATE))
                        .thenComparing(r -> r.unit().name()))
                .limit(LOWEST)
                .map(r -> new MonthlyReportFigures.LowUnit(r.unit().id(), r.unit().name(),
                        r.indicators().get(StatCounter.RESOLVED), r.indicators().get(StatCounter.RESOLVED_LATE),
                        r.indicators().ratio(IndicatorKind.ON_TIME),
                        r.indicators().get(StatCounter.RESOLVED_LATE) == 0 ? List.of()
                                : dossiers.lateByStep(scope, r.unit().pathIn(now.structure()), now.structure(),
                                        period, STEPS)))
                .toList();
    }

    /** The 766 score through its one seam, and the previous period's; empty when no rule set covers it. */
    private Optional<MonthlyReportFigures.Index> index(long unitId, Period period, Indicators total, Period previous,
                                                       Indicators before) {
        UnitIndex score;
        try {
            score = index766.score(unitId, period, total);
        } catch (BusinessRuleException noRules) {
            return Optional.empty();
        }
        UnitIndex earlier;
        try {
            earlier = index766.score(unitId, previous, before);
        } catch (BusinessRuleException noRules) {
            earlier = null;
        }
        return Optional.of(new MonthlyReportFigures.Index(score.total(), score.max(),
                earlier == null ? null : earlier.total(), earlier == null ? null : earlier.max(),
                score.groups().stream().map(g -> new MonthlyReportFigures.IndexGroup(g.rule().code(), g.score(),
                        g.max())).toList()));
    }

    private static MonthlyReportFigures.EvaluationRound round(EvaluationCycle c) {
        EvaluationCycle.Progress p = c.progress();
        return new MonthlyReportFigures.EvaluationRound(c.unitName(),
                VnFormats.date(c.periodStart()) + " – " + VnFormats.date(c.periodEnd()), p.total(), p.awaitingSelf(),
                p.selfAssessed() + p.proposed() + p.reviewed(), p.approved());
    }

    private List<MonthlyReportFigures.Month> trend(long unitId, Period period) {
        YearMonth last = YearMonth.from(period.to());
        YearMonth first = last.minusMonths(TREND_MONTHS - 1L);
        if (first.isBefore(YearMonth.from(Period.EARLIEST))) {
            first = YearMonth.from(Period.EARLIEST);
        }
        return indicators.monthlyTrend(unitId, UnitStructure.CURRENT, first, last).stream()
                .map(p -> new MonthlyReportFigures.Month(p.month(), p.totals().get(StatCounter.RESOLVED_EARLY),
                        p.totals().get(StatCounter.RESOLVED_ON_TIME), p.totals().get(StatCounter.RESOLVED_LATE)))
                .toList();
    }

}
