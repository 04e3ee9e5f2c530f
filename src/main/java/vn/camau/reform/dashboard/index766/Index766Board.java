package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.db.ReplicaReads;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dashboard.ProcedureRow;
import vn.camau.reform.dashboard.UnitBreakdown;
import vn.camau.reform.dashboard.UnitRow;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;

/**
 * The 766 board: a unit's service index and each unit's below it, ranked worst first, against the
 * period before, with the focus unit's trend. One breakdown read per period (kept for closed periods
 * by the indicator service), every score through {@link Index766Service#score(long, Period, Indicators)},
 * so the view, the export and the API show the same figures. The unit scope is the breakdown's: a
 * unit outside it is "unknown".
 */
@Service
@Transactional(readOnly = true)
@ReplicaReads
@PreAuthorize("@perm.may(authentication, 'READ_SERVICE_INDEX')")
public class Index766Board {

    /** Worst first: the lowest share of the scorable maximum; units without any data last; then by name. */
    static final Comparator<BoardRow> WORST_FIRST = Comparator
            .comparing(BoardRow::attainment, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.index().total())
            .thenComparing(r -> r.unit().name());

    private final Index766Service index;
    private final IndicatorService indicators;
    private final ReportUnits reportUnits;

    public Index766Board(Index766Service index, IndicatorService indicators, ReportUnits reportUnits) {
        this.index = index;
        this.indicators = indicators;
        this.reportUnits = reportUnits;
    }

    public LocalDate today() {
        return indicators.today();
    }

    /** The user's own unit, where the board starts. */
    public ReportUnit homeUnit() {
        return reportUnits.homeUnit();
    }

    /**
     * The board of the focus unit (null: the user's own) for a month, quarter or year from 2023 that
     * has begun; refused otherwise with a translated {@code BusinessRuleException}.
     */
    public IndexBoard board(Long focusUnitId, Period period, UnitStructure structure) {
        Index766Periods.check(period, today());
        long focusId = focusUnitId == null ? reportUnits.homeUnit().id() : focusUnitId;
        UnitBreakdown now = indicators.breakdown(focusId, period, structure);
        UnitStructure st = now.structure();
        Optional<Period> previousPeriod = Index766Periods.previous(period);
        UnitBreakdown before = previousPeriod.map(p -> indicators.breakdown(focusId, p, st)).orElse(null);

        Map<Long, UnitIndex> previousByUnit = new HashMap<>();
        if (before != null) {
            for (UnitRow r : before.rows()) {
                previousByUnit.put(r.unit().id(), index.score(r.unit().id(), before.period(), r.indicators()));
            }
        }
        List<BoardRow> rows = new ArrayList<>();
        Map<Long, Boolean> listed = new HashMap<>();
        for (UnitRow r : now.rows()) {
            listed.put(r.unit().id(), true);
            rows.add(new BoardRow(r.unit(), r.indicators(), index.score(r.unit().id(), period, r.indicators()),
                    previousOf(r.unit().id(), before, previousByUnit), r.drillable()));
        }
        // the units below without any figure this period are on the board too, unscored
        Indicators none = Indicators.empty(now.total().asOf());
        for (ReportUnit child : reportUnits.childUnits(focusId, st)) {
            if (!listed.containsKey(child.id())) {
                rows.add(new BoardRow(child, none, index.score(child.id(), period, none),
                        previousOf(child.id(), before, previousByUnit), true));
            }
        }
        rows.sort(WORST_FIRST);

        UnitIndex total = index.score(focusId, period, now.total());
        UnitIndex previousTotal = before == null ? null : index.score(focusId, before.period(), before.total());
        List<TrendPoint> trend = new ArrayList<>();
        for (Period p : Index766Periods.trend(period)) {
            UnitIndex at = p.equals(period) ? total
                    : before != null && p.equals(before.period()) ? previousTotal
                    : index.score(focusId, p, indicators.breakdown(focusId, p, st).total());
            trend.add(new TrendPoint(p, at));
        }
        return new IndexBoard(now.focus(), st, period, now.total().asOf(), now.total(), total,
                before == null ? null : before.period(), previousTotal, rows, trend);
    }

    private UnitIndex previousOf(long unitId, UnitBreakdown before, Map<Long, UnitIndex> byUnit) {
        if (before == null) {
            return null;
        }
        UnitIndex found = byUnit.get(unitId);
        return found != null ? found
                : index.score(unitId, before.period(), Indicators.empty(before.total().asOf()));
    }

    /**
     * The procedures under the focus unit by the points they cost it, most first (those costing
     * nothing left out): for each, the unit's total with that procedure's dossiers all meeting the
     * sub-indicators, minus the unit's total as it is, both through the scoring seam.
     */
    public List<ProcedureLoss> procedureLosses(long focusUnitId, Period period, UnitStructure structure) {
        Index766Periods.check(period, today());
        UnitBreakdown now = indicators.breakdown(focusUnitId, period, structure);
        Indicators unit = now.total();
        BigDecimal actual = index.score(focusUnitId, period, unit).total();
        List<ProcedureLoss> losses = new ArrayList<>();
        for (ProcedureRow p : indicators.byProcedure(focusUnitId, period, now.structure())) {
            StatTotals perfect = unit.totals().minus(p.totals()).plus(perfect(p.totals()));
            Indicators better = new Indicators(perfect, unit.carriedOver(), unit.openAtEnd(), unit.openOverdue(),
                    unit.openDueSoon(), unit.openWaiting(), unit.asOf(), unit.apology(), unit.hotline());
            BigDecimal lost = index.score(focusUnitId, period, better).total().subtract(actual);
            if (lost.signum() > 0) {
                losses.add(new ProcedureLoss(p, lost));
            }
        }
        losses.sort(Comparator.comparing(ProcedureLoss::pointsLost).reversed()
                .thenComparing(l -> l.procedure().procedure().name()));
        return losses;
    }

    /** A procedure's counters as if every dossier had met each sub-indicator's numerator. */
    static StatTotals perfect(StatTotals t) {
        long[] v = new long[StatCounter.values().length];
        for (StatCounter c : StatCounter.values()) {
            v[c.ordinal()] = t.get(c);
        }
        v[StatCounter.RESOLVED_ON_TIME.ordinal()] = t.get(StatCounter.RESOLVED) - t.get(StatCounter.RESOLVED_EARLY);
        v[StatCounter.RESOLVED_LATE.ordinal()] = 0;
        v[StatCounter.LATE_DAYS.ordinal()] = 0;
        v[StatCounter.RECEIVED_ONLINE.ordinal()] = t.get(StatCounter.RECEIVED);
        v[StatCounter.PAID_ONLINE.ordinal()] = t.get(StatCounter.WITH_FEE);
        v[StatCounter.DIGITISED.ordinal()] = t.get(StatCounter.RESOLVED);
        v[StatCounter.SATISFIED.ordinal()] = t.get(StatCounter.RATED);
        // the national-portal facts (V32): each numerator at its denominator
        v[StatCounter.FULLY_ONLINE.ordinal()] = t.get(StatCounter.ONLINE_ELIGIBLE);
        v[StatCounter.RESULT_ELECTRONIC.ordinal()] = t.get(StatCounter.RESOLVED);
        v[StatCounter.DATA_REUSED.ordinal()] = t.get(StatCounter.RECEIVED);
        return new StatTotals(v);
    }
}
