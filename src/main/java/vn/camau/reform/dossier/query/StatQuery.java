package vn.camau.reform.dossier.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.DOSSIER_STAT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.base.period.Period;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatGrain;
import vn.camau.reform.dossier.StatSlice;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/**
 * Sums over the summary counters. Every read carries the caller's scope as a condition on the
 * unit a row is reported under, so a unit outside it adds nothing to any figure.
 */
@Repository
public class StatQuery {

    private static final StatCounter[] COUNTERS = StatCounter.values();

    private final DSLContext dsl;

    StatQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Select<Record1<Long>> statUnitSelect(UnitScope scope, String focusPath, UnitStructure structure) {
        return ScopeCondition.unitsReportedIn(scope, focusPath, structure == UnitStructure.FORMER);
    }

    /**
     * The stat units inside the scope and below the focus, looked up first: a literal id list lets
     * the sums read the summary rows by primary key instead of joining the unit table per row (a
     * third of the time on the province overview).
     */
    public List<Long> statUnitIds(UnitScope scope, String focusPath, UnitStructure structure) {
        return dsl.fetchValues(statUnitSelect(scope, focusPath, structure));
    }

    /**
     * The stat units a sum reads: an id list, or {@link #ALL} when the list would hold every unit (the
     * province leader at the province), where a 400-id list only slows the scan of the rows.
     */
    public record StatUnits(List<Long> ids) {

        public static final StatUnits ALL = new StatUnits(null);

        Condition condition() {
            return ids == null ? DSL.noCondition() : DOSSIER_STAT.UNIT_ID.in(ids);
        }
    }

    public StatUnits statUnits(UnitScope scope, String focusPath, UnitStructure structure) {
        List<Long> ids = statUnitIds(scope, focusPath, structure);
        return ids.size() == dsl.fetchCount(ADMIN_UNIT) ? StatUnits.ALL : new StatUnits(ids);
    }

    /** Per stat unit, the cumulative counters the open state needs (see {@link OpenState}). */
    public Map<Long, OpenState> openState(UnitScope scope, String focusPath, UnitStructure structure,
                                          LocalDate from, OpenMoment at) {
        return openState(statUnits(scope, focusPath, structure), from, at);
    }

    /**
     * The moment the open state is taken at: the end of {@code asOf}; a due date before {@code dueBefore}
     * has passed by then (asOf + 1 once that day is over, today while it runs: a dossier due today can
     * still be finished in time); due soon = due in [dueBefore, until].
     */
    public record OpenMoment(LocalDate asOf, LocalDate dueBefore, LocalDate until) {
    }

    public Map<Long, OpenState> openState(StatUnits units, LocalDate from, OpenMoment at) {
        Condition rows = DSL.or(before(from), before(at.asOf().plusDays(1)), before(at.dueBefore()),
                days(at.dueBefore(), at.until()));
        return openState(units, EPOCH, from, at, rows);
    }

    /**
     * What {@link #openState(StatUnits, LocalDate, OpenMoment)} adds to its value on the day before
     * {@code start}: the same sums over the day rows from {@code start} on only (every date of {@code at}
     * on or after {@code start}). With the part before {@code start}, a span of days that is over and
     * kept, the open state of a running period reads a few days' rows instead of every year's.
     */
    public Map<Long, OpenState> openStateSince(StatUnits units, LocalDate start, LocalDate from, OpenMoment at) {
        LocalDate last = at.until().isAfter(at.asOf()) ? at.until() : at.asOf();
        return openState(units, start, from, at, days(start, last));
    }

    private Map<Long, OpenState> openState(StatUnits units, LocalDate start, LocalDate from, OpenMoment at,
                                           Condition rows) {
        Condition beforeFrom = between(start, from);
        Condition throughAsOf = between(start, at.asOf().plusDays(1));
        Condition dueBefore = between(start, at.dueBefore());
        Condition window = days(at.dueBefore(), at.until());
        Map<Long, OpenState> result = new HashMap<>();
        dsl.select(DOSSIER_STAT.UNIT_ID,
                        sumIf(beforeFrom, DOSSIER_STAT.RECEIVED), sumIf(beforeFrom, DOSSIER_STAT.FINISHED),
                        sumIf(dueBefore, DOSSIER_STAT.DUE), sumIf(dueBefore, DOSSIER_STAT.DUE_MET),
                        sumIf(throughAsOf, DOSSIER_STAT.RECEIVED), sumIf(throughAsOf, DOSSIER_STAT.FINISHED),
                        sumIf(throughAsOf, DOSSIER_STAT.FINISHED_AFTER_DUE),
                        sumIf(window, DOSSIER_STAT.DUE), sumIf(window, DOSSIER_STAT.DUE_MET),
                        sumIf(throughAsOf, DOSSIER_STAT.WAIT_START.minus(DOSSIER_STAT.WAIT_END)),
                        sumIf(throughAsOf, DOSSIER_STAT.WAIT_DUE_START.minus(DOSSIER_STAT.WAIT_DUE_END)))
                .from(DOSSIER_STAT)
                .where(DOSSIER_STAT.SLICE.eq(StatSlice.UNIT), rows, units.condition())
                .groupBy(DOSSIER_STAT.UNIT_ID)
                .forEach(r -> result.put(r.value1(), new OpenState(n(r.value2()), n(r.value3()), n(r.value4()),
                        n(r.value5()), n(r.value6()), n(r.value7()), n(r.value8()), n(r.value9()), n(r.value10()),
                        n(r.value11()), n(r.value12()))));
        return result;
    }

    /**
     * What the open state of a unit's dossiers at a moment needs, summed over all days before it:
     * carried over = received − finished before the period; open at the end of {@code asOf} = received −
     * finished through it; past due = due before {@code dueBefore} − due and met before it − finished late
     * through asOf; due in the window = due − due and met within it; waiting for the applicant at the end
     * of asOf = waits started − waits ended through it, of which {@code waitingPastDue} had a due date on or
     * before asOf.
     */
    public record OpenState(long receivedBeforeFrom, long finishedBeforeFrom, long dueBeforeCut,
                            long dueMetBeforeCut, long receivedThroughAsOf, long finishedThroughAsOf,
                            long finishedLateThroughAsOf, long dueInWindow, long dueMetInWindow, long waiting,
                            long waitingPastDue) {

        public long carriedOver() {
            return receivedBeforeFrom - finishedBeforeFrom;
        }

        public long openAtEnd() {
            return receivedThroughAsOf - finishedThroughAsOf;
        }

        /** Open and past due at the moment, waiting dossiers included. */
        public long pastDue() {
            return dueBeforeCut - dueMetBeforeCut - finishedLateThroughAsOf;
        }

        /** Open and due within the window, waiting dossiers included. */
        public long dueInWindowOpen() {
            return dueInWindow - dueMetInWindow;
        }

        /** Field by field: the sums over two disjoint sets of rows, as one set. */
        public OpenState plus(OpenState o) {
            return new OpenState(receivedBeforeFrom + o.receivedBeforeFrom, finishedBeforeFrom + o.finishedBeforeFrom,
                    dueBeforeCut + o.dueBeforeCut, dueMetBeforeCut + o.dueMetBeforeCut,
                    receivedThroughAsOf + o.receivedThroughAsOf, finishedThroughAsOf + o.finishedThroughAsOf,
                    finishedLateThroughAsOf + o.finishedLateThroughAsOf, dueInWindow + o.dueInWindow,
                    dueMetInWindow + o.dueMetInWindow, waiting + o.waiting, waitingPastDue + o.waitingPastDue);
        }
    }

    private static Field<BigDecimal> sumIf(Condition condition, Field<Integer> column) {
        return DSL.sum(DSL.when(condition, column).otherwise(0));
    }

    private static long n(BigDecimal v) {
        return v == null ? 0 : v.longValue();
    }

    /** Before any dossier: the start of the sums over "every day before". */
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    /** The summary rows that cover every day before {@code day}. */
    static Condition before(LocalDate day) {
        return day.isAfter(EPOCH) ? coveringRows(EPOCH, day.minusDays(1)) : DSL.falseCondition();
    }

    /**
     * The rows covering the days from {@code start} until the day before {@code day}: every day before
     * it when {@code start} is the epoch, else day rows only (what {@link #openStateSince} reads).
     */
    private static Condition between(LocalDate start, LocalDate day) {
        if (start.equals(EPOCH)) {
            return before(day);
        }
        return day.isAfter(start) ? days(start, day.minusDays(1)) : DSL.falseCondition();
    }

    /**
     * Which summary rows cover [from, to] exactly: year rows for the whole years inside, month rows
     * for the whole months left, day rows for the ragged ends. Only the per-unit slice has year and
     * day rows.
     */
    static Condition coveringRows(LocalDate from, LocalDate to) {
        LocalDate firstWhole = from.getDayOfYear() == 1 ? from : from.withDayOfYear(1).plusYears(1);
        LocalDate afterWhole = to.plusDays(1).withDayOfYear(1);
        if (!firstWhole.isBefore(afterWhole)) {
            return monthsAndDays(from, to);
        }
        Condition c = DOSSIER_STAT.GRAIN.eq(StatGrain.YEAR)
                .and(DOSSIER_STAT.PERIOD_START.between(firstWhole, afterWhole.minusYears(1)));
        if (from.isBefore(firstWhole)) {
            c = c.or(monthsAndDays(from, firstWhole.minusDays(1)));
        }
        if (!to.isBefore(afterWhole)) {
            c = c.or(monthsAndDays(afterWhole, to));
        }
        return c;
    }

    /** Month rows for the whole months inside [from, to], day rows for the ragged ends. */
    private static Condition monthsAndDays(LocalDate from, LocalDate to) {
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = to.equals(YearMonth.from(to).atEndOfMonth()) ? to : to.withDayOfMonth(1).minusDays(1);
        if (firstWhole.isAfter(lastWholeEnd)) {
            return days(from, to);
        }
        Condition c = DOSSIER_STAT.GRAIN.eq(StatGrain.MONTH)
                .and(DOSSIER_STAT.PERIOD_START.between(firstWhole, lastWholeEnd.withDayOfMonth(1)));
        if (from.isBefore(firstWhole)) {
            c = c.or(days(from, firstWhole.minusDays(1)));
        }
        if (to.isAfter(lastWholeEnd)) {
            c = c.or(days(lastWholeEnd.plusDays(1), to));
        }
        return c;
    }

    private static Condition days(LocalDate from, LocalDate to) {
        return DOSSIER_STAT.GRAIN.eq(StatGrain.DAY).and(DOSSIER_STAT.PERIOD_START.between(from, to));
    }

    private static List<SelectField<?>> sums() {
        List<SelectField<?>> fields = new ArrayList<>(COUNTERS.length);
        for (StatCounter c : COUNTERS) {
            fields.add(DSL.sum(DOSSIER_STAT.field(c.column(), Integer.class)).as(c.column()));
        }
        return fields;
    }

    private static StatTotals totals(Record r) {
        long[] values = new long[COUNTERS.length];
        for (StatCounter c : COUNTERS) {
            BigDecimal v = r.get(c.column(), BigDecimal.class);
            values[c.ordinal()] = v == null ? 0 : v.longValue();
        }
        return new StatTotals(values);
    }

    /** Counters per stat unit over the days [from, to]. */
    public Map<Long, StatTotals> sumByUnit(UnitScope scope, String focusPath, UnitStructure structure,
                                           LocalDate from, LocalDate to) {
        return sumByUnit(statUnits(scope, focusPath, structure), from, to);
    }

    public Map<Long, StatTotals> sumByUnit(StatUnits units, LocalDate from, LocalDate to) {
        Map<Long, StatTotals> result = new HashMap<>();
        dsl.select(DOSSIER_STAT.UNIT_ID).select(sums())
                .from(DOSSIER_STAT)
                .where(DOSSIER_STAT.SLICE.eq(StatSlice.UNIT), coveringRows(from, to), units.condition())
                .groupBy(DOSSIER_STAT.UNIT_ID)
                .forEach(r -> result.put(r.get(DOSSIER_STAT.UNIT_ID), totals(r)));
        return result;
    }

    /** Counters per month, summed over every unit in scope below the focus. */
    public Map<YearMonth, StatTotals> sumByMonth(UnitScope scope, String focusPath, UnitStructure structure,
                                                 YearMonth from, YearMonth to) {
        Map<YearMonth, StatTotals> result = new TreeMap<>();
        dsl.select(DOSSIER_STAT.PERIOD_START).select(sums())
                .from(DOSSIER_STAT)
                .where(DOSSIER_STAT.SLICE.eq(StatSlice.UNIT), DOSSIER_STAT.GRAIN.eq(StatGrain.MONTH),
                        DOSSIER_STAT.PERIOD_START.between(from.atDay(1), to.atDay(1)),
                        statUnits(scope, focusPath, structure).condition())
                .groupBy(DOSSIER_STAT.PERIOD_START)
                .forEach(r -> result.put(YearMonth.from(r.get(DOSSIER_STAT.PERIOD_START)), totals(r)));
        return result;
    }

    /** Counters per procedure over whole months (the per-procedure slice has month rows only). */
    public Map<Long, StatTotals> sumByProcedure(UnitScope scope, String focusPath, UnitStructure structure,
                                                YearMonth from, YearMonth to) {
        return sumBySlice(StatSlice.PROCEDURE, statUnits(scope, focusPath, structure), from, to);
    }

    /** Counters per handling officer over whole months. */
    public Map<Long, StatTotals> sumByOfficer(UnitScope scope, String focusPath, UnitStructure structure,
                                              YearMonth from, YearMonth to) {
        return sumBySlice(StatSlice.OFFICER, statUnits(scope, focusPath, structure), from, to);
    }

    /**
     * Counters per procedure or per officer (by {@code slice}) over the whole months [from, to]; an empty
     * map when {@code from} is after {@code to}.
     */
    public Map<Long, StatTotals> sumBySlice(StatSlice slice, StatUnits units, YearMonth from, YearMonth to) {
        Map<Long, StatTotals> result = new HashMap<>();
        if (from.isAfter(to)) {
            return result;
        }
        Field<Long> key = switch (slice) {
            case PROCEDURE -> DOSSIER_STAT.PROCEDURE_ID;
            case OFFICER -> DOSSIER_STAT.OFFICER_ID;
            case UNIT -> DOSSIER_STAT.UNIT_ID;
        };
        dsl.select(key).select(sums())
                .from(DOSSIER_STAT)
                .where(DOSSIER_STAT.SLICE.eq(slice), DOSSIER_STAT.GRAIN.eq(StatGrain.MONTH),
                        DOSSIER_STAT.PERIOD_START.between(from.atDay(1), to.atDay(1)), units.condition())
                .groupBy(key)
                .forEach(r -> result.put(r.get(key), totals(r)));
        return result;
    }
}
