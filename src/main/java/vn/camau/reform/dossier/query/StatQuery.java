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
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.dossier.Period;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.dossier.UnitStructure;
import vn.camau.reform.security.UnitScope;

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

    /**
     * Stat units inside the scope and below the focus: the focus is matched against the unit's
     * reporting path (CURRENT) or its own historical path (FORMER); the scope always against the
     * reporting path, so a commune leader sees the history of the former communes merged into theirs.
     */
    public static Condition unitsIn(Field<Long> unitIdField, UnitScope scope, String focusPath,
                                    UnitStructure structure) {
        var unit = ADMIN_UNIT.as("stat_unit");
        var report = ADMIN_UNIT.as("stat_report");
        Condition focus = structure == UnitStructure.CURRENT
                ? report.PATH.startsWith(focusPath) : unit.PATH.startsWith(focusPath);
        return unitIdField.in(DSL.select(unit.ID).from(unit)
                .join(report).on(report.ID.eq(unit.REPORT_UNIT_ID))
                .where(report.PATH.startsWith(scope.path()), focus));
    }

    /**
     * Which summary rows cover [from, to] exactly: month rows for the whole months inside, day rows
     * for the ragged ends. Only the per-unit slice has day rows.
     */
    static Condition coveringRows(LocalDate from, LocalDate to) {
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = to.equals(YearMonth.from(to).atEndOfMonth()) ? to : to.withDayOfMonth(1).minusDays(1);
        if (firstWhole.isAfter(lastWholeEnd)) {
            return days(from, to);
        }
        Condition c = DOSSIER_STAT.GRAIN.eq("M")
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
        return DOSSIER_STAT.GRAIN.eq("D").and(DOSSIER_STAT.PERIOD_START.between(from, to));
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
        Map<Long, StatTotals> result = new HashMap<>();
        dsl.select(DOSSIER_STAT.UNIT_ID).select(sums())
                .from(DOSSIER_STAT)
                .where(DOSSIER_STAT.SLICE.eq("U"), coveringRows(from, to),
                        unitsIn(DOSSIER_STAT.UNIT_ID, scope, focusPath, structure))
                .groupBy(DOSSIER_STAT.UNIT_ID)
                .forEach(r -> result.put(r.get(DOSSIER_STAT.UNIT_ID), totals(r)));
        return result;
    }

    /** Counters per stat unit over every day before {@code day}: what carried-over counts need. */
    public Map<Long, StatTotals> sumByUnitBefore(UnitScope scope, String focusPath, UnitStructure structure,
                                                 LocalDate day) {
        return sumByUnit(scope, focusPath, structure, Period.EARLIEST, day.minusDays(1));
    }

    /** Counters per month, summed over every unit in scope below the focus. */
    public Map<YearMonth, StatTotals> sumByMonth(UnitScope scope, String focusPath, UnitStructure structure,
                                                 YearMonth from, YearMonth to) {
        Map<YearMonth, StatTotals> result = new TreeMap<>();
        dsl.select(DOSSIER_STAT.PERIOD_START).select(sums())
                .from(DOSSIER_STAT)
                .where(DOSSIER_STAT.SLICE.eq("U"), DOSSIER_STAT.GRAIN.eq("M"),
                        DOSSIER_STAT.PERIOD_START.between(from.atDay(1), to.atDay(1)),
                        unitsIn(DOSSIER_STAT.UNIT_ID, scope, focusPath, structure))
                .groupBy(DOSSIER_STAT.PERIOD_START)
                .forEach(r -> result.put(YearMonth.from(r.get(DOSSIER_STAT.PERIOD_START)), totals(r)));
        return result;
    }

    /** Counters per procedure over whole months (the per-procedure slice has month rows only). */
    public Map<Long, StatTotals> sumByProcedure(UnitScope scope, String focusPath, UnitStructure structure,
                                                YearMonth from, YearMonth to) {
        return sumBySlice('P', DOSSIER_STAT.PROCEDURE_ID, scope, focusPath, structure, from, to);
    }

    /** Counters per handling officer over whole months. */
    public Map<Long, StatTotals> sumByOfficer(UnitScope scope, String focusPath, UnitStructure structure,
                                              YearMonth from, YearMonth to) {
        return sumBySlice('O', DOSSIER_STAT.OFFICER_ID, scope, focusPath, structure, from, to);
    }

    private Map<Long, StatTotals> sumBySlice(char slice, Field<Long> key, UnitScope scope, String focusPath,
                                             UnitStructure structure, YearMonth from, YearMonth to) {
        Map<Long, StatTotals> result = new HashMap<>();
        dsl.select(key).select(sums())
                .from(DOSSIER_STAT)
                .where(DOSSIER_STAT.SLICE.eq(String.valueOf(slice)), DOSSIER_STAT.GRAIN.eq("M"),
                        DOSSIER_STAT.PERIOD_START.between(from.atDay(1), to.atDay(1)),
                        unitsIn(DOSSIER_STAT.UNIT_ID, scope, focusPath, structure))
                .groupBy(key)
                .forEach(r -> result.put(r.get(key), totals(r)));
        return result;
    }
}
