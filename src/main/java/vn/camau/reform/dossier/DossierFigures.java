package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.db.ReplicaReads;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.query.AlertQuery;
import vn.camau.reform.dossier.query.DirectCountQuery;
import vn.camau.reform.dossier.query.DossierQuery;
import vn.camau.reform.dossier.query.LateStepQuery;
import vn.camau.reform.dossier.query.StatQuery;
import vn.camau.reform.security.UnitScope;

/**
 * The dossiers' share of the indicators (DOMAIN §5), read from the summary counters and, for the few
 * things only the dossiers can say, from the dossiers themselves. The dashboard composes these with the
 * apology and hotline figures; the caller's unit scope bounds every read.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@ReplicaReads
public class DossierFigures {

    private final StatQuery stats;
    private final DirectCountQuery direct;
    private final DossierQuery dossiers;
    private final AlertQuery alerts;
    private final LateStepQuery lateSteps;
    private final RunningCounterSums running;

    DossierFigures(StatQuery stats, DirectCountQuery direct, DossierQuery dossiers, AlertQuery alerts,
                   LateStepQuery lateSteps, RunningCounterSums running) {
        this.lateSteps = lateSteps;
        this.running = running;
        this.stats = stats;
        this.direct = direct;
        this.dossiers = dossiers;
        this.alerts = alerts;
    }

    /**
     * Period sums plus the open-dossier state at the period's end, per stat unit ({@code statUnitIds},
     * null for every unit, so the sums need no id list). The open counts come from cumulative counters:
     * open = received − finished up to a day; overdue = due before it − due and met − finished late up to
     * it (see V4__dossiers.sql), less the dossiers waiting for the applicant (V13).
     *
     * <p>One rule for the last day (README, "Indicators: the rules at a period's edges"): a due date is
     * missed once its day has ended. A period that is over is judged at the end of its last day, so a
     * dossier due that day and still open is overdue and owes an apology, never "due soon"; while a period
     * runs it is judged now, and a dossier due today is still due soon.
     */
    public Map<Long, DossierCounts> byStatUnit(List<Long> statUnitIds, UnitScope scope, String path,
                                               UnitStructure st, Period period, LocalDate today,
                                               DossierSettings timing, WorkingCalendar workingCalendar) {
        StatQuery.StatUnits statUnits = statUnitIds == null ? StatQuery.StatUnits.ALL
                : new StatQuery.StatUnits(statUnitIds);
        LocalDate asOf = period.to().isBefore(today) ? period.to() : today;
        boolean running = asOf.equals(today);
        StatQuery.OpenMoment at = new StatQuery.OpenMoment(asOf, running ? today : asOf.plusDays(1),
                DossierTiming.dueSoonUntil(workingCalendar, asOf, timing.dueSoonWorkingDays()));

        // two reads of the summary rows: one query summing both sets of rows conditionally took twice as
        // long when timed alternately with these two (README "Benchmark: indicators"). The period's sums
        // read its year or month rows, a row per unit; the open state sums every row since the reports
        // began, so while the period runs the days that are over come from memory (RunningCounterSums)
        Map<Long, StatTotals> sums = stats.sumByUnit(statUnits, period.from(), period.to());
        Map<Long, StatQuery.OpenState> open = running
                ? this.running.openState(statUnits, period.from(), at, today)
                : stats.openState(statUnits, period.from(), at);
        // Due soon on a past day needs to know what was still open then, and which waiting dossiers are
        // past due or due soon today needs their due dates: only the dossiers can say (a few of them)
        Map<Long, Long> dueSoonThen = running ? Map.of() : dossiers.dueSoonAt(scope, path, st, at);
        // ... and only when the counters say someone is waiting now (most communes, most days: nobody)
        boolean anyWaiting = open.values().stream().anyMatch(o -> o.waiting() != 0);
        Map<Long, DossierQuery.WaitingNow> waitingNow = running && anyWaiting
                ? dossiers.waitingNow(scope, path, st, at) : Map.of();

        Set<Long> unitIds = new HashSet<>(sums.keySet());
        unitIds.addAll(open.keySet());
        Map<Long, DossierCounts> result = new HashMap<>();
        for (long id : unitIds) {
            StatQuery.OpenState o = open.get(id);
            long overdue = 0;
            long dueSoon = 0;
            if (o != null && running) {
                DossierQuery.WaitingNow w = waitingNow.getOrDefault(id, DossierQuery.WaitingNow.NONE);
                overdue = o.pastDue() - w.pastDue();
                dueSoon = o.dueInWindowOpen() - w.dueSoon();
            } else if (o != null) {
                overdue = o.pastDue() - o.waitingPastDue();
            }
            if (!running) {
                dueSoon = dueSoonThen.getOrDefault(id, 0L);
            }
            result.put(id, new DossierCounts(sums.getOrDefault(id, StatTotals.ZERO),
                    o == null ? 0 : o.carriedOver(), o == null ? 0 : o.openAtEnd(), overdue, dueSoon,
                    o == null ? 0 : o.waiting()));
        }
        return result;
    }

    /** Month by month under the focus, for the trend chart; months without data are absent. */
    public Map<YearMonth, StatTotals> byMonth(UnitScope scope, String path, UnitStructure st, YearMonth from,
                                              YearMonth to) {
        return stats.sumByMonth(scope, path, st, from, to);
    }

    /**
     * Per procedure: from the monthly counters when the period is whole months (the months that are over
     * by {@code today} kept in memory, see {@link RunningCounterSums}), else from the dossiers.
     */
    public Map<Long, StatTotals> byProcedure(UnitScope scope, String path, UnitStructure st, Period period,
                                             LocalDate today) {
        return period.isMonthAligned() ? bySlice(StatSlice.PROCEDURE, scope, path, st, period, today)
                : direct.sumsByProcedure(scope, path, st, period.from(), period.to());
    }

    /** Per responsible officer (0 = none recorded), by the same rule as {@link #byProcedure}. */
    public Map<Long, StatTotals> byOfficer(UnitScope scope, String path, UnitStructure st, Period period,
                                           LocalDate today) {
        return period.isMonthAligned() ? bySlice(StatSlice.OFFICER, scope, path, st, period, today)
                : direct.sumsByOfficer(scope, path, st, period.from(), period.to());
    }

    private Map<Long, StatTotals> bySlice(StatSlice slice, UnitScope scope, String path, UnitStructure st,
                                          Period period, LocalDate today) {
        StatQuery.StatUnits units = stats.statUnits(scope, path, st);
        YearMonth from = YearMonth.from(period.from());
        YearMonth to = YearMonth.from(period.to());
        return period.to().isBefore(RunningCounterSums.cut(today)) ? stats.sumBySlice(slice, units, from, to)
                : running.sumBySlice(slice, units, from, to, today);
    }

    /** Open dossiers past their due date today, per procedure, under a unit. */
    public Map<Long, Integer> overdueByProcedure(UnitScope scope, String path, LocalDate today) {
        return alerts.overdueByProcedure(scope, path, today);
    }

    /** The steps responsible for the dossiers resolved late in the period under a unit, most first. */
    public List<LateStepCount> lateByStep(UnitScope scope, String path, UnitStructure st, Period period, int limit) {
        return lateSteps.byStep(scope, path, st, period.from(), period.to(), limit);
    }
}
