package vn.camau.reform.dossier;

import java.time.Clock;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.db.ReplicaReads;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.query.AlertQuery;
import vn.camau.reform.dossier.query.ApologyComplianceQuery;
import vn.camau.reform.dossier.query.CatalogQuery;
import vn.camau.reform.dossier.query.DirectCountQuery;
import vn.camau.reform.dossier.query.DossierQuery;
import vn.camau.reform.dossier.query.HotlineFiguresQuery;
import vn.camau.reform.dossier.query.StatQuery;
import vn.camau.reform.dossier.repository.ClosedFigures;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.UnitScope;

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

    private final StatQuery stats;
    private final DirectCountQuery direct;
    private final DossierQuery dossiers;
    private final AlertQuery alerts;
    private final CatalogQuery catalog;
    private final ApologyComplianceQuery apologies;
    private final HotlineFiguresQuery hotline;
    private final CalendarService calendar;
    private final DossierSettingsService settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UnitDirectory unitDirectory;
    private final ClosedFigures closedFigures;
    private final ClosedPeriodFigures closedPeriods;

    IndicatorService(StatQuery stats, DirectCountQuery direct, DossierQuery dossiers, AlertQuery alerts,
                     CatalogQuery catalog, ApologyComplianceQuery apologies, HotlineFiguresQuery hotline,
                     CalendarService calendar, DossierSettingsService settings, CurrentUser currentUser, Clock clock,
                     UnitDirectory unitDirectory, ClosedFigures closedFigures, ClosedPeriodFigures closedPeriods) {
        this.unitDirectory = unitDirectory;
        this.closedFigures = closedFigures;
        this.closedPeriods = closedPeriods;
        this.apologies = apologies;
        this.hotline = hotline;
        this.stats = stats;
        this.direct = direct;
        this.dossiers = dossiers;
        this.alerts = alerts;
        this.catalog = catalog;
        this.calendar = calendar;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * What every figure of one request is computed with, each read once however many periods it asks
     * for: today, the timing settings, the calendar (for the open period), the closed periods' generation.
     */
    private final class Reading {

        final LocalDate today = today();
        final DossierSettings timing = settings.current();
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

        LocalDate asOf(Period period) {
            return period.to().isBefore(today) ? period.to() : today;
        }
    }

    /** Every unit keyed by id (a few hundred rows, kept between calls). */
    private Map<Long, ReportUnit> units() {
        return unitDirectory.all();
    }

    /**
     * The stat units inside the scope and below the focus (by reporting path in the current tree,
     * by own path in the former one), found in the unit list already at hand rather than by a query
     * per sum; all of them when that is every unit, so the sums need no id list.
     */
    private static StatQuery.StatUnits statUnits(Map<Long, ReportUnit> units, UnitScope scope, String focusPath,
                                                 UnitStructure st) {
        List<Long> ids = units.values().stream()
                .filter(u -> u.reportPath().startsWith(scope.path()) && u.pathIn(st).startsWith(focusPath))
                .map(ReportUnit::id).toList();
        return ids.size() == units.size() ? StatQuery.StatUnits.ALL : new StatQuery.StatUnits(ids);
    }

    /** The focus unit if the caller may see it; "unknown" otherwise, so scope leaks nothing. */
    private ReportUnit focus(Map<Long, ReportUnit> units, UnitScope scope, long unitId) {
        ReportUnit unit = units.get(unitId);
        if (unit == null || !scope.includes(unit.reportPath())) {
            throw new BusinessRuleException("unit.unknown", unitId);
        }
        return unit;
    }

    /**
     * Former units are only seen in the former tree; a current commune or agency always rolls its
     * predecessors up; the province shows either tree.
     */
    private static UnitStructure effective(ReportUnit focus, UnitStructure requested) {
        if (focus.isFormer()) {
            return UnitStructure.FORMER;
        }
        return "PROVINCE".equals(focus.level()) ? requested : UnitStructure.CURRENT;
    }

    public ReportUnit unit(long unitId) {
        return focus(units(), currentUser.scope(), unitId);
    }

    /**
     * The unit a caller names by its national code (the read API). Codes are reused across the July
     * 2025 reorganisation (32002 was Phường 2 and is Phường An Xuyên), so the current unit wins, or
     * the former one when {@code structure} is FORMER. Empty when no unit has the code; refused with
     * AccessDeniedException when one does but lies outside the caller's scope: unit codes are a public
     * national list, so telling "not yours" from "does not exist" reveals nothing.
     */
    public Optional<ReportUnit> unitByCode(String code, UnitStructure structure) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String wanted = code.strip();
        boolean preferFormer = structure == UnitStructure.FORMER;
        Optional<ReportUnit> unit = units().values().stream()
                .filter(u -> u.code().equals(wanted))
                .min(Comparator.comparing((ReportUnit u) -> u.isFormer() != preferFormer)
                        .thenComparing(ReportUnit::validTo, Comparator.nullsFirst(Comparator.reverseOrder())));
        if (unit.isPresent() && !currentUser.scope().includes(unit.get().reportPath())) {
            throw new AccessDeniedException("unit.out-of-scope");
        }
        return unit;
    }

    /**
     * The units directly below the focus in the tree its breakdown follows, whether or not they have
     * figures: current units in the current structure, former ones in the former. A breakdown lists
     * only rows with data; callers that must show every child (the API) add the rest as zeros.
     */
    public List<ReportUnit> childUnits(long focusUnitId, UnitStructure structure) {
        Map<Long, ReportUnit> units = units();
        ReportUnit focus = focus(units, currentUser.scope(), focusUnitId);
        boolean former = effective(focus, structure) == UnitStructure.FORMER;
        return units.values().stream()
                .filter(u -> u.parentId() != null && u.parentId() == focus.id() && u.isFormer() == former)
                .toList();
    }

    /** The user's own unit, where the overview starts. */
    public ReportUnit homeUnit() {
        UnitScope scope = currentUser.scope();
        return focus(units(), scope, scope.unitId());
    }

    /** The focus and the units above it that the user may open, top first: the breadcrumb. */
    public List<ReportUnit> trail(long unitId, UnitStructure structure) {
        UnitScope scope = currentUser.scope();
        Map<Long, ReportUnit> units = units();
        ReportUnit focus = focus(units, scope, unitId);
        List<ReportUnit> trail = new ArrayList<>();
        for (String id : focus.pathIn(effective(focus, structure)).split("/")) {
            if (!id.isEmpty()) {
                ReportUnit u = units.get(Long.parseLong(id));
                if (u != null && scope.includes(u.reportPath())) {
                    trail.add(u);
                }
            }
        }
        if (trail.isEmpty() || trail.getLast().id() != focus.id()) {
            trail.add(focus);
        }
        return trail;
    }

    @Timed(value = METRIC, histogram = true)
    public UnitBreakdown breakdown(long focusUnitId, Period period, UnitStructure structure) {
        UnitScope scope = currentUser.scope();
        Map<Long, ReportUnit> units = units();
        ReportUnit focus = focus(units, scope, focusUnitId);
        UnitStructure st = effective(focus, structure);
        Reading reading = new Reading();
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
        String path = focus.pathIn(st);
        // a comparison period before the reports begin (2000) is compared as "no data"
        Optional<Period> previous = period.previousIfReported();
        Optional<Period> yearEarlier = period.yearEarlierIfReported();
        Reading reading = new Reading();
        Indicators none = Indicators.empty(reading.asOf(period));
        return new IndicatorComparison(period, total(reading, units, scope, path, st, period), previous.orElse(null),
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
        StatQuery.StatUnits statUnits = statUnits(units, scope, path, st);
        if (!ClosedPeriodFigures.isClosed(period, reading.today)) {
            return compute(reading.today, reading.timing, reading.calendar(), statUnits, scope, path, st, period);
        }
        var key = new ClosedPeriodFigures.Key(statUnits.ids(), period.from(), period.to(), reading.timing,
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

    /**
     * Period sums plus the open-dossier state at the period's end, per stat unit. The open counts
     * come from cumulative counters: open = received − finished up to a day; overdue = due before
     * it − due and met − finished late up to it (see V4__dossiers.sql), less the dossiers waiting for
     * the applicant (V13__stat_waiting_and_outcomes.sql).
     *
     * <p>One rule for the last day (README, "Indicators: the rules at a period's edges"): a due date is
     * missed once its day has
     * ended. A period that is over is judged at the end of its last day, so a dossier due that day and
     * still open is overdue and owes an apology, never "due soon"; while a period runs it is judged
     * now, and a dossier due today is still due soon.
     */
    private Map<Long, Indicators> compute(LocalDate today, DossierSettings timing, WorkingCalendar workingCalendar,
                                          StatQuery.StatUnits statUnits, UnitScope scope, String path,
                                          UnitStructure st, Period period) {
        LocalDate asOf = period.to().isBefore(today) ? period.to() : today;
        boolean running = asOf.equals(today);
        StatQuery.OpenMoment at = new StatQuery.OpenMoment(asOf, running ? today : asOf.plusDays(1),
                DossierTiming.dueSoonUntil(workingCalendar, asOf, timing.dueSoonWorkingDays()));

        // two reads of the summary rows: one query summing both sets of rows conditionally took twice as
        // long when timed alternately with these two (README "Benchmark: indicators")
        Map<Long, StatTotals> sums = stats.sumByUnit(statUnits, period.from(), period.to());
        Map<Long, StatQuery.OpenState> open = stats.openState(statUnits, period.from(), at);
        // Due soon on a past day needs to know what was still open then, and which waiting dossiers are
        // past due or due soon today needs their due dates: only the dossiers can say (a few of them)
        Map<Long, Long> dueSoonThen = running ? Map.of() : dossiers.dueSoonAt(scope, path, st, at);
        // ... and only when the counters say someone is waiting now (most communes, most days: nobody)
        boolean anyWaiting = open.values().stream().anyMatch(o -> o.waiting() != 0);
        Map<Long, DossierQuery.WaitingNow> waitingNow = running && anyWaiting
                ? dossiers.waitingNow(scope, path, st, at) : Map.of();
        Map<Long, ApologyCompliance> apology = apologies.byUnit(scope, path, st, period.from(), period.to(), today);
        Map<Long, HotlineFigures> reports = hotline.byUnit(scope, path, st, period.from(), period.to(), today);

        Set<Long> unitIds = new HashSet<>(sums.keySet());
        unitIds.addAll(open.keySet());
        unitIds.addAll(apology.keySet());
        unitIds.addAll(reports.keySet());
        Map<Long, Indicators> result = new HashMap<>();
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
            result.put(id, new Indicators(sums.getOrDefault(id, StatTotals.ZERO),
                    o == null ? 0 : o.carriedOver(), o == null ? 0 : o.openAtEnd(), overdue, dueSoon,
                    o == null ? 0 : o.waiting(), asOf, apology.getOrDefault(id, ApologyCompliance.NONE),
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
                .thenComparing(r -> r.unit().level())
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
        Map<YearMonth, StatTotals> byMonth = stats.sumByMonth(scope, focus.pathIn(st), st, from, to);
        List<MonthPoint> points = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            points.add(new MonthPoint(m, byMonth.getOrDefault(m, StatTotals.ZERO)));
        }
        return points;
    }

    @Timed(value = METRIC, histogram = true)
    public List<ProcedureRow> byProcedure(long focusUnitId, Period period, UnitStructure structure) {
        UnitScope scope = currentUser.scope();
        ReportUnit focus = focus(units(), scope, focusUnitId);
        UnitStructure st = effective(focus, structure);
        Map<Long, StatTotals> sums = period.isMonthAligned()
                ? stats.sumByProcedure(scope, focus.pathIn(st), st, YearMonth.from(period.from()),
                        YearMonth.from(period.to()))
                : direct.sumsByProcedure(scope, focus.pathIn(st), st, period.from(), period.to());
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
        ReportUnit focus = focus(units(), scope, focusUnitId);
        Map<Long, Integer> overdueByProcedure = alerts.overdueByProcedure(scope, focus.reportPath(), today());
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
        Map<Long, StatTotals> sums = period.isMonthAligned()
                ? stats.sumByOfficer(scope, focus.pathIn(st), st, YearMonth.from(period.from()),
                        YearMonth.from(period.to()))
                : direct.sumsByOfficer(scope, focus.pathIn(st), st, period.from(), period.to());
        sums.remove(0L);
        Map<Long, OfficerInfo> officers = sums.isEmpty() ? Map.of() : catalog.officers(scope, sums.keySet()).stream()
                .collect(Collectors.toMap(OfficerInfo::id, Function.identity()));
        return sums.entrySet().stream()
                .filter(e -> officers.containsKey(e.getKey()))
                .map(e -> new OfficerRow(officers.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong((OfficerRow r) -> -r.totals().get(StatCounter.RESOLVED_LATE))
                        .thenComparing(r -> r.officer().fullName()))
                .toList();
    }

    /**
     * Hotline reports about each officer of the unit (and below) received in the period, with the
     * founded ones: what an officer's evaluation weighs (DOMAIN §7, §8). Counts only; for those who
     * work or read the hotline and for HR.
     */
    @PreAuthorize("@perm.may(authentication, 'READ_HOTLINE_COUNTS')")
    @Timed(value = METRIC, histogram = true)
    public List<OfficerHotlineCount> hotlineByOfficer(long unitId, Period period) {
        UnitScope scope = currentUser.scope();
        ReportUnit focus = focus(units(), scope, unitId);
        return hotline.byOfficer(scope, focus.reportPath(), period.from(), period.to(), today(),
                currentUser.require().id());
    }

    /** Today's units the user may filter by: their own and every current unit below it. */
    public List<ReportUnit> currentUnitsInScope() {
        UnitScope scope = currentUser.scope();
        return units().values().stream()
                .filter(u -> !u.isFormer() && scope.includes(u.reportPath()))
                .sorted(Comparator.comparing(ReportUnit::path, Comparator.comparingInt(String::length))
                        .thenComparing(ReportUnit::level).thenComparingInt(ReportUnit::sortOrder)
                        .thenComparing(ReportUnit::name))
                .toList();
    }

    /** Officers of the units below a unit the user may see, for filter pickers. */
    public List<OfficerInfo> officersUnder(long unitId) {
        UnitScope scope = currentUser.scope();
        return catalog.officersUnder(scope, focus(units(), scope, unitId).reportPath());
    }

    public List<FieldInfo> fields() {
        return catalog.fields();
    }

    public List<ProcedureInfo> procedures() {
        return catalog.procedures();
    }
}
