package vn.camau.reform.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.annotation.Timed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.hotline.OfficerHotlineCount;
import vn.camau.reform.hotline.HotlineFigures;
import vn.camau.reform.apology.ApologyCompliance;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.db.ReplicaReads;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.base.period.Today;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.dossier.DossierFigures;
import vn.camau.reform.dossier.DossierCatalog;
import vn.camau.reform.dossier.DossierCounts;
import vn.camau.reform.officer.OfficerDirectory;
import vn.camau.reform.apology.ApologyFigures;
import vn.camau.reform.hotline.HotlineFiguresService;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.officer.OfficerInfo;
import vn.camau.reform.dossier.DossierSettings;
import vn.camau.reform.dossier.DossierSettingsService;
import vn.camau.reform.dossier.FieldInfo;
import vn.camau.reform.dossier.ProcedureInfo;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;

/**
 * The indicators of DOMAIN §5 for a unit and the rows below it, read from the summary counters
 * (never by scanning dossiers, except the rare custom period broken down by procedure or officer).
 * The caller's unit scope bounds every query; a unit outside it is reported as unknown. Its reads
 * may come from the MariaDB replica when one is configured, a few seconds behind at most.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@ReplicaReads
public class IndicatorService {

    /** Latency of the indicator figures a screen or the API asks for, by method (README "Metrics"). */
    static final String METRIC = "reform.indicators";

    private final ReportUnits reportUnits;
    private final DossierFigures dossiers;
    private final DossierCatalog catalog;
    private final OfficerDirectory officers;
    private final ApologyFigures apologies;
    private final HotlineFiguresService hotline;
    private final CalendarService calendar;
    private final DossierSettingsService settings;
    private final CurrentUser currentUser;
    private final Today today;
    private final ClosedFigures closedFigures;
    private final ClosedPeriodFigures closedPeriods;
    private final RunningPeriodFigures runningPeriods;

    /**
     * What a running period's figures per stat unit depend on, as for a closed one ({@link
     * ClosedPeriodFigures.Key}): the stat units stand for the scope and the focus.
     */
    private record RunningKey(List<Long> statUnits, LocalDate from, LocalDate to, DossierSettings timing,
                              LocalDate today) {
    }

    /** What the trend depends on besides the running figures' version. */
    private record TrendKey(UnitScope scope, String path, UnitStructure structure, YearMonth from, YearMonth to,
                            LocalDate today) {
    }

    /** What the procedures' rows depend on besides the running figures' version. */
    private record ProcedureKey(UnitScope scope, String path, UnitStructure structure, Period period,
                                LocalDate today) {
    }

    /** What the fields' rows depend on besides the running figures' version. */
    private record FieldKey(UnitScope scope, long focusUnitId, Period period, UnitStructure structure,
                            LocalDate today) {
    }

    IndicatorService(ReportUnits reportUnits, DossierFigures dossiers, DossierCatalog catalog,
                     OfficerDirectory officers, ApologyFigures apologies, HotlineFiguresService hotline,
                     CalendarService calendar, DossierSettingsService settings, CurrentUser currentUser, Today today,
                     ClosedFigures closedFigures, ClosedPeriodFigures closedPeriods,
                     RunningPeriodFigures runningPeriods) {
        this.reportUnits = reportUnits;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.officers = officers;
        this.apologies = apologies;
        this.hotline = hotline;
        this.calendar = calendar;
        this.settings = settings;
        this.currentUser = currentUser;
        this.today = today;
        this.closedFigures = closedFigures;
        this.closedPeriods = closedPeriods;
        this.runningPeriods = runningPeriods;
    }

    public LocalDate today() {
        return today.date();
    }

    /**
     * What every figure of one request is computed with, each read once however many periods it asks
     * for: today, the timing settings, the calendar (for the open period), the closed periods' generation
     * and the running figures' version.
     */
    private final class Reading {

        final LocalDate today = today();
        final DossierSettings timing = settings.current();
        /** Signed in, whose own unconcluded hotline reports their figures leave out; null for a job. */
        final Long viewerId = currentUser.get().map(AppUser::id).orElse(null);
        private Boolean anyWithheld;

        boolean anyWithheld() {
            if (anyWithheld == null) {
                anyWithheld = viewerId != null && hotline.anyWithheldFrom(viewerId);
            }
            return anyWithheld;
        }
        private WorkingCalendar workingCalendar;
        private ClosedFigures.Generation generation;

        WorkingCalendar calendar() {
            if (workingCalendar == null) {
                workingCalendar = calendar.calendar();
            }
            return workingCalendar;
        }

        /** Read before the figures it keys, so those are at least as new as it says. */
        ClosedFigures.Generation generation() {
            if (generation == null) {
                generation = closedFigures.generation();
            }
            return generation;
        }

        /** Read before the running figures it keys, like the generation. */
        ClosedFigures.Generation running() {
            return closedFigures.running();
        }

        LocalDate asOf(Period period) {
            return period.to().isBefore(today) ? period.to() : today;
        }
    }

    /** Every unit keyed by id (a few hundred rows, kept between calls). */
    private Map<Long, ReportUnit> units() {
        return reportUnits.all();
    }

    /**
     * The stat units inside the scope and below the focus (by reporting path in the current tree,
     * by own path in the former one), found in the unit list already at hand rather than by a query
     * per sum; null when that is every unit, so the sums need no id list.
     */
    private static List<Long> statUnits(Map<Long, ReportUnit> units, UnitScope scope, String focusPath,
                                        UnitStructure st) {
        List<Long> ids = units.values().stream()
                .filter(u -> scope.includes(u.reportPath()) && u.pathIn(st).startsWith(focusPath))
                .map(ReportUnit::id).toList();
        return ids.size() == units.size() ? null : ids;
    }

    private static ReportUnit focus(Map<Long, ReportUnit> units, UnitScope scope, long unitId) {
        return ReportUnits.focus(units, scope, unitId);
    }

    private static UnitStructure effective(ReportUnit focus, UnitStructure requested) {
        return ReportUnits.effective(focus, requested);
    }

    @Timed(value = METRIC, histogram = true)
    public UnitBreakdown breakdown(long focusUnitId, Period period, UnitStructure structure) {
        return breakdown(new Reading(), units(), focusUnitId, period, structure);
    }

    private UnitBreakdown breakdown(Reading reading, Map<Long, ReportUnit> units, long focusUnitId, Period period,
                                    UnitStructure structure) {
        UnitScope scope = currentUser.scope();
        ReportUnit focus = focus(units, scope, focusUnitId);
        UnitStructure st = effective(focus, structure);
        Map<Long, Indicators> perStatUnit = indicatorsByStatUnit(reading, units, scope, focus.pathIn(st), st, period);
        return group(units, focus, st, period, reading.asOf(period), perStatUnit);
    }

    /** The focus unit's totals for the period, the previous period and a year earlier. */
    @Timed(value = METRIC, histogram = true)
    public IndicatorComparison compare(long focusUnitId, Period period, UnitStructure structure) {
        UnitScope scope = currentUser.scope();
        Map<Long, ReportUnit> units = units();
        ReportUnit focus = focus(units, scope, focusUnitId);
        UnitStructure st = effective(focus, structure);
        Reading reading = new Reading();
        return comparison(reading, units, scope, focus.pathIn(st), st, period,
                total(reading, units, scope, focus.pathIn(st), st, period));
    }

    /**
     * The overview's figures in one transaction: the period's per-unit figures are computed once for the
     * rows and the comparison (which compute them apart), and the freshness checks are read once.
     */
    @Timed(value = METRIC, histogram = true)
    public OverviewFigures overview(long focusUnitId, Period period, UnitStructure structure, YearMonth trendFrom,
                                    YearMonth trendTo) {
        Map<Long, ReportUnit> units = units();
        Reading reading = new Reading();
        UnitBreakdown breakdown = breakdown(reading, units, focusUnitId, period, structure);
        UnitStructure st = breakdown.structure();
        IndicatorComparison comparison = comparison(reading, units, currentUser.scope(),
                breakdown.focus().pathIn(st), st, period, breakdown.total());
        return new OverviewFigures(breakdown, comparison, monthlyTrend(focusUnitId, st, trendFrom, trendTo),
                byField(focusUnitId, period, st));
    }

    private IndicatorComparison comparison(Reading reading, Map<Long, ReportUnit> units, UnitScope scope, String path,
                                           UnitStructure st, Period period, Indicators current) {
        // a comparison period before the reports begin (2000) is compared as "no data"
        Optional<Period> previous = period.previousIfReported();
        Optional<Period> yearEarlier = period.yearEarlierIfReported();
        Indicators none = Indicators.empty(reading.asOf(period));
        return new IndicatorComparison(period, current, previous.orElse(null),
                previous.map(p -> total(reading, units, scope, path, st, p)).orElse(none), yearEarlier.orElse(null),
                yearEarlier.map(p -> total(reading, units, scope, path, st, p)).orElse(none));
    }

    private Indicators total(Reading reading, Map<Long, ReportUnit> units, UnitScope scope, String path,
                             UnitStructure st, Period period) {
        return indicatorsByStatUnit(reading, units, scope, path, st, period).values().stream()
                .reduce(Indicators.empty(reading.asOf(period)), Indicators::plus);
    }

    /**
     * Per stat unit, the figures of the period: a period that is over from what this node keeps (see
     * {@link ClosedPeriodFigures}), computed and kept on the first request; the running one always computed.
     */
    private Map<Long, Indicators> indicatorsByStatUnit(Reading reading, Map<Long, ReportUnit> units, UnitScope scope,
                                                       String path, UnitStructure st, Period period) {
        return withoutWithheld(reading, scope, path, st, period,
                sharedByStatUnit(reading, units, scope, path, st, period));
    }

    /**
     * The figures without the hotline reports about the viewer that are not concluded founded: the
     * viewer's queue never shows them, so no card may count them either (HotlineConditions.countedFor).
     * Taken off after the kept figures, which every viewer shares; usually nothing to take off.
     */
    private Map<Long, Indicators> withoutWithheld(Reading reading, UnitScope scope, String path, UnitStructure st,
                                                  Period period, Map<Long, Indicators> figures) {
        if (!reading.anyWithheld()) {
            return figures;
        }
        Map<Long, HotlineFigures> withheld = hotline.withheldFrom(reading.viewerId, scope, path, st, period.from(),
                period.to(), reading.today);
        if (withheld.isEmpty()) {
            return figures;
        }
        Map<Long, Indicators> shown = new HashMap<>(figures);
        withheld.forEach((unitId, part) -> shown.computeIfPresent(unitId,
                (id, i) -> i.withHotline(i.hotline().minus(part))));
        return shown;
    }

    private Map<Long, Indicators> sharedByStatUnit(Reading reading, Map<Long, ReportUnit> units, UnitScope scope,
                                                   String path, UnitStructure st, Period period) {
        List<Long> statUnits = statUnits(units, scope, path, st);
        if (!ClosedPeriodFigures.isClosed(period, reading.today)) {
            // the running period: kept until the next write of anything it counts, on any node
            return runningPeriods.get(new RunningKey(statUnits, period.from(), period.to(), reading.timing,
                    reading.today), reading.running(), () -> Map.copyOf(compute(reading.today, reading.timing,
                    reading.calendar(), statUnits, scope, path, st, period)));
        }
        var key = new ClosedPeriodFigures.Key(statUnits, period.from(), period.to(), reading.timing,
                reading.generation());
        Optional<Map<Long, Indicators>> kept = closedPeriods.get(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        // the calendar read after the generation, so that a holiday changed in between is not kept under it
        Map<Long, Indicators> figures = compute(reading.today, reading.timing, calendar.calendar(), statUnits, scope,
                path, st, period);
        closedPeriods.put(key, figures);
        return figures;
    }

    /** The dossiers', the apologies' and the hotline's figures of the period, per stat unit. */
    private Map<Long, Indicators> compute(LocalDate today, DossierSettings timing, WorkingCalendar workingCalendar,
                                          List<Long> statUnits, UnitScope scope, String path,
                                          UnitStructure st, Period period) {
        LocalDate asOf = period.to().isBefore(today) ? period.to() : today;
        Map<Long, DossierCounts> counts = dossiers.byStatUnit(statUnits, scope, path, st, period, today, timing,
                workingCalendar);
        Map<Long, ApologyCompliance> apology = apologies.byUnit(scope, path, st, period.from(), period.to(), today);
        Map<Long, HotlineFigures> reports = hotline.byUnit(scope, path, st, period.from(), period.to(), today);

        Set<Long> unitIds = new HashSet<>(counts.keySet());
        unitIds.addAll(apology.keySet());
        unitIds.addAll(reports.keySet());
        Map<Long, Indicators> result = new HashMap<>();
        for (long id : unitIds) {
            DossierCounts c = counts.getOrDefault(id, DossierCounts.NONE);
            result.put(id, new Indicators(c.totals(), c.carriedOver(), c.openAtEnd(), c.overdue(), c.dueSoon(),
                    c.waiting(), asOf, apology.getOrDefault(id, ApologyCompliance.NONE),
                    reports.getOrDefault(id, HotlineFigures.NONE)));
        }
        return result;
    }

    /**
     * Folds stat units into the rows below the focus: the child of the focus on the unit's path, or
     * the unit itself when it reports straight to the focus.
     */
    private static UnitBreakdown group(Map<Long, ReportUnit> units, ReportUnit focus, UnitStructure st,
                                       Period period, LocalDate asOf, Map<Long, Indicators> perStatUnit) {
        String focusPath = focus.pathIn(st);
        Map<Long, Indicators> byRow = new LinkedHashMap<>();
        Indicators total = Indicators.empty(asOf);
        for (Map.Entry<Long, Indicators> e : perStatUnit.entrySet()) {
            ReportUnit statUnit = units.get(e.getKey());
            String rest = statUnit.pathIn(st).substring(focusPath.length());
            long rowId = rest.isEmpty() ? statUnit.id() : Long.parseLong(rest.substring(0, rest.indexOf('/')));
            byRow.merge(rowId, e.getValue(), Indicators::plus);
            total = total.plus(e.getValue());
        }
        List<UnitRow> rows = new ArrayList<>();
        byRow.forEach((id, ind) -> {
            ReportUnit unit = units.get(id);
            rows.add(new UnitRow(unit, ind, unit.id() != focus.id()));
        });
        rows.sort(Comparator.comparing((UnitRow r) -> r.unit().isFormer())
                .thenComparing(r -> r.unit().level().name())
                .thenComparingInt(r -> r.unit().sortOrder())
                .thenComparing(r -> r.unit().name()));
        return new UnitBreakdown(focus, st, period, total, rows);
    }

    /** Month by month under the focus, for the trend chart. Months without data are zeros. */
    @Timed(value = METRIC, histogram = true)
    public List<MonthPoint> monthlyTrend(long focusUnitId, UnitStructure structure, YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new BusinessRuleException("period.from-after-to", from, to);
        }
        UnitScope scope = currentUser.scope();
        ReportUnit focus = focus(units(), scope, focusUnitId);
        UnitStructure st = effective(focus, structure);
        String path = focus.pathIn(st);
        return runningPeriods.get(new TrendKey(scope, path, st, from, to, today()), closedFigures.running(), () -> {
            Map<YearMonth, StatTotals> byMonth = dossiers.byMonth(scope, path, st, from, to);
            List<MonthPoint> points = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                points.add(new MonthPoint(m, byMonth.getOrDefault(m, StatTotals.ZERO)));
            }
            return List.copyOf(points);
        });
    }

    @Timed(value = METRIC, histogram = true)
    public List<ProcedureRow> byProcedure(long focusUnitId, Period period, UnitStructure structure) {
        UnitScope scope = currentUser.scope();
        ReportUnit focus = focus(units(), scope, focusUnitId);
        UnitStructure st = effective(focus, structure);
        String path = focus.pathIn(st);
        return runningPeriods.get(new ProcedureKey(scope, path, st, period, today()), closedFigures.running(),
                () -> procedures(dossiers.byProcedure(scope, path, st, period, today())));
    }

    private List<ProcedureRow> procedures(Map<Long, StatTotals> sums) {
        Map<Long, ProcedureInfo> procedures = catalog.procedures().stream()
                .collect(Collectors.toMap(ProcedureInfo::id, Function.identity()));
        return sums.entrySet().stream()
                .filter(e -> procedures.containsKey(e.getKey()))
                .map(e -> new ProcedureRow(procedures.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong((ProcedureRow r) -> -r.totals().get(StatCounter.RESOLVED_LATE))
                        .thenComparingLong(r -> -r.totals().get(StatCounter.RECEIVED)))
                .toList();
    }

    /** Procedures folded into their fields, with what is overdue in each field today. */
    @Timed(value = METRIC, histogram = true)
    public List<FieldRow> byField(long focusUnitId, Period period, UnitStructure structure) {
        UnitScope scope = currentUser.scope();
        ReportUnit focus = focus(units(), scope, focusUnitId); // refused here when outside the scope
        return runningPeriods.get(new FieldKey(scope, focusUnitId, period, structure, today()),
                closedFigures.running(), () -> fields(scope, focus, focusUnitId, period, structure));
    }

    private List<FieldRow> fields(UnitScope scope, ReportUnit focus, long focusUnitId, Period period,
                                  UnitStructure structure) {
        Map<Long, Integer> overdueByProcedure = dossiers.overdueByProcedure(scope, focus.reportPath(), today());
        Map<Long, StatTotals> totals = new HashMap<>();
        Map<Long, Long> overdue = new HashMap<>();
        Map<Long, FieldInfo> fields = catalog.fields().stream()
                .collect(Collectors.toMap(FieldInfo::id, Function.identity()));
        for (ProcedureRow row : byProcedure(focusUnitId, period, structure)) {
            totals.merge(row.procedure().fieldId(), row.totals(), StatTotals::plus);
        }
        for (ProcedureInfo p : catalog.procedures()) {
            int n = overdueByProcedure.getOrDefault(p.id(), 0);
            if (n > 0) {
                overdue.merge(p.fieldId(), (long) n, Long::sum);
                totals.putIfAbsent(p.fieldId(), StatTotals.ZERO);
            }
        }
        return totals.entrySet().stream()
                .map(e -> new FieldRow(fields.get(e.getKey()), e.getValue(), overdue.getOrDefault(e.getKey(), 0L)))
                .sorted(Comparator.comparingLong((FieldRow r) ->
                                -(r.totals().get(StatCounter.RESOLVED_LATE) + r.overdueNow()))
                        .thenComparingLong(r -> -r.totals().get(StatCounter.RECEIVED)))
                .toList();
    }

    @Timed(value = METRIC, histogram = true)
    public List<OfficerRow> byOfficer(long focusUnitId, Period period) {
        UnitScope scope = currentUser.scope();
        ReportUnit focus = focus(units(), scope, focusUnitId);
        UnitStructure st = effective(focus, UnitStructure.CURRENT);
        Map<Long, StatTotals> sums = dossiers.byOfficer(scope, focus.pathIn(st), st, period, today());
        sums.remove(0L);
        Map<Long, OfficerInfo> officerById = officers.visible(sums.keySet()).stream()
                .collect(Collectors.toMap(OfficerInfo::id, Function.identity()));
        return sums.entrySet().stream()
                .filter(e -> officerById.containsKey(e.getKey()))
                .map(e -> new OfficerRow(officerById.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong((OfficerRow r) -> -r.totals().get(StatCounter.RESOLVED_LATE))
                        .thenComparing(r -> r.officer().fullName()))
                .toList();
    }

    /**
     * Hotline reports about each officer of the unit (and below) received in the period, with the
     * founded ones: what an officer's evaluation weighs (DOMAIN §7, §8). Counts only; for those who
     * work or read the hotline and for HR.
     */
    @Timed(value = METRIC, histogram = true)
    public List<OfficerHotlineCount> hotlineByOfficer(long unitId, Period period) {
        UnitScope scope = currentUser.scope();
        ReportUnit focus = focus(units(), scope, unitId);
        return hotline.byOfficer(scope, focus.reportPath(), period.from(), period.to(), today(),
                currentUser.require().id());
    }
}
