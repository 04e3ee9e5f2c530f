package vn.camau.reform.dossier.query;

import static vn.camau.reform.jooq.Tables.DOSSIER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.dossier.UnitStructure;
import vn.camau.reform.security.UnitScope;

/**
 * The same counters as {@code dossier_stat}, counted straight from the dossier table with a plain
 * GROUP BY. Used where summaries have no rows at that grain (a custom period by procedure), as the
 * baseline of the benchmark, and by tests as the independent count the summaries must equal.
 */
@Repository
public class DirectCountQuery {

    private final DSLContext dsl;

    DirectCountQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Counters per value of {@code key} for the days [from, to], under the focus and in scope. */
    public Map<Long, StatTotals> sums(Field<Long> key, UnitScope scope, String focusPath, UnitStructure structure,
                                      LocalDate from, LocalDate to) {
        Condition where = StatQuery.unitsIn(DOSSIER.HANDLING_UNIT_ID, scope, focusPath, structure)
                .and(DOSSIER.STATE.notIn((byte) 1, (byte) 3))
                .and(inPeriod(DOSSIER.RECEIVED_AT, from, to).or(inPeriod(DOSSIER.RESOLVED_AT, from, to))
                        .or(inPeriod(DOSSIER.FINISHED_AT, from, to)).or(DOSSIER.DUE_DATE.between(from, to)));
        Map<Long, StatTotals> result = new HashMap<>();
        dsl.select(key).select(counters(from, to)).from(DOSSIER).where(where).groupBy(key)
                .forEach(r -> {
                    long[] values = new long[StatCounter.values().length];
                    for (StatCounter c : StatCounter.values()) {
                        Number n = r.get(c.column(), Number.class);
                        values[c.ordinal()] = n == null ? 0 : n.longValue();
                    }
                    Long k = r.get(key);
                    result.put(k == null ? 0L : k, new StatTotals(values));
                });
        return result;
    }

    public Map<Long, StatTotals> sumsByUnit(UnitScope scope, String focusPath, UnitStructure structure,
                                            LocalDate from, LocalDate to) {
        return sums(DOSSIER.HANDLING_UNIT_ID, scope, focusPath, structure, from, to);
    }

    public Map<Long, StatTotals> sumsByProcedure(UnitScope scope, String focusPath, UnitStructure structure,
                                                 LocalDate from, LocalDate to) {
        return sums(DOSSIER.PROCEDURE_ID, scope, focusPath, structure, from, to);
    }

    public Map<Long, StatTotals> sumsByOfficer(UnitScope scope, String focusPath, UnitStructure structure,
                                               LocalDate from, LocalDate to) {
        return sums(DOSSIER.HANDLING_OFFICER_ID, scope, focusPath, structure, from, to);
    }

    private static Condition inPeriod(Field<java.time.LocalDateTime> at, LocalDate from, LocalDate to) {
        return at.ge(from.atStartOfDay()).and(at.lt(to.plusDays(1).atStartOfDay()));
    }

    private static List<SelectField<?>> counters(LocalDate from, LocalDate to) {
        Condition received = inPeriod(DOSSIER.RECEIVED_AT, from, to);
        Condition resolved = inPeriod(DOSSIER.RESOLVED_AT, from, to);
        Condition finished = inPeriod(DOSSIER.FINISHED_AT, from, to);
        Condition due = DOSSIER.DUE_DATE.between(from, to);
        Field<LocalDate> finishedDay = DSL.field("CAST({0} AS DATE)", LocalDate.class, DOSSIER.FINISHED_AT);
        List<SelectField<?>> fields = new ArrayList<>();
        for (StatCounter c : StatCounter.values()) {
            Field<?> f = switch (c) {
                case RECEIVED -> DSL.count().filterWhere(received);
                case RECEIVED_ONLINE -> DSL.count().filterWhere(received.and(DOSSIER.CHANNEL.eq("ONLINE")));
                case RECEIVED_POSTAL -> DSL.count().filterWhere(received.and(DOSSIER.CHANNEL.eq("POSTAL")));
                case WITH_FEE -> DSL.count().filterWhere(received.and(DOSSIER.HAS_FEE.isTrue()));
                case PAID_ONLINE -> DSL.count().filterWhere(received.and(DOSSIER.HAS_FEE.isTrue())
                        .and(DOSSIER.PAID_ONLINE.isTrue()));
                case RESOLVED -> DSL.count().filterWhere(resolved);
                case RESOLVED_EARLY -> DSL.count().filterWhere(resolved.and(DOSSIER.TIMING.eq("EARLY")));
                case RESOLVED_ON_TIME -> DSL.count().filterWhere(resolved.and(DOSSIER.TIMING.eq("ON_TIME")));
                case RESOLVED_LATE -> DSL.count().filterWhere(resolved.and(DOSSIER.TIMING.eq("LATE")));
                case LATE_DAYS -> DSL.sum(DSL.when(resolved.and(DOSSIER.TIMING.eq("LATE")),
                        DOSSIER.LATE_WORKING_DAYS).otherwise(0));
                case DIGITISED -> DSL.count().filterWhere(resolved.and(DOSSIER.DIGITISED.isTrue()));
                case RETURNED_HOME -> DSL.count().filterWhere(resolved.and(DOSSIER.RETURNED_AT_HOME.isTrue()));
                case RATED -> DSL.count().filterWhere(resolved.and(DOSSIER.RATING.isNotNull()));
                case SATISFIED -> DSL.count().filterWhere(resolved.and(DOSSIER.RATING.in("VERY_SATISFIED",
                        "SATISFIED")));
                case FINISHED -> DSL.count().filterWhere(finished);
                case FINISHED_AFTER_DUE -> DSL.count().filterWhere(finished.and(finishedDay.gt(DOSSIER.DUE_DATE)));
                case DUE -> DSL.count().filterWhere(due);
                case DUE_MET -> DSL.count().filterWhere(due.and(DOSSIER.FINISHED_AT.isNotNull())
                        .and(finishedDay.le(DOSSIER.DUE_DATE)));
            };
            fields.add(f.as(c.column()));
        }
        return fields;
    }
}
