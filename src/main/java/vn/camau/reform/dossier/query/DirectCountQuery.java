package vn.camau.reform.dossier.query;

import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;

import java.time.LocalDate;
import java.time.LocalDateTime;
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

import vn.camau.reform.adminunit.query.UnitConditions;
import vn.camau.reform.base.db.SqlDays;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.Rating;
import vn.camau.reform.dossier.OnlineLevel;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.dossier.Timing;
import vn.camau.reform.adminunit.UnitStructure;
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

    /**
     * Counters per value of {@code key} for the days [from, to], under the focus and in scope.
     *
     * @param withWaits also the wait counters, which read the events: the per-unit count that tests and
     *                  the benchmark compare with the summaries needs them; the breakdowns by procedure
     *                  and officer show none of them (the open state is per unit) and leave them at 0
     */
    private Map<Long, StatTotals> sums(Field<Long> key, UnitScope scope, String focusPath, UnitStructure structure,
                                       LocalDate from, LocalDate to, boolean withWaits) {
        Condition where = UnitConditions.unitsIn(DOSSIER.HANDLING_UNIT_ID, scope, focusPath, structure)
                .and(DOSSIER.STATE.ne(DossierState.SUBMITTED_ONLINE))
                .and(inPeriod(DOSSIER.RECEIVED_AT, from, to).or(inPeriod(DOSSIER.RESOLVED_AT, from, to))
                        .or(inPeriod(DOSSIER.FINISHED_AT, from, to)).or(DOSSIER.DUE_DATE.between(from, to)));
        Map<Long, long[]> values = new HashMap<>();
        dsl.select(key).select(counters(from, to)).from(DOSSIER).where(where).groupBy(key)
                .forEach(r -> {
                    long[] v = values.computeIfAbsent(keyOf(r.get(key)), k -> new long[StatCounter.values().length]);
                    for (StatCounter c : StatCounter.values()) {
                        if (c.on() != StatCounter.On.WAIT) {
                            Number n = r.get(c.column(), Number.class);
                            v[c.ordinal()] = n == null ? 0 : n.longValue();
                        }
                    }
                });
        Map<Long, long[]> waits = withWaits ? waitCounters(key, scope, focusPath, structure, from, to) : Map.of();
        waits.forEach((k, w) -> {
            long[] v = values.computeIfAbsent(k, x -> new long[StatCounter.values().length]);
            for (StatCounter c : StatCounter.values()) {
                if (c.on() == StatCounter.On.WAIT) {
                    v[c.ordinal()] = w[c.ordinal()];
                }
            }
        });
        Map<Long, StatTotals> result = new HashMap<>();
        values.forEach((k, v) -> result.put(k, new StatTotals(v)));
        return result;
    }

    private static long keyOf(Long k) {
        return k == null ? 0L : k;
    }

    /**
     * The wait counters, from the events: each supplement request starts a wait that the dossier's next
     * event ends (in event time, then id order), or its finishing when nothing followed. Only the few
     * dossiers that ever waited are read.
     */
    private Map<Long, long[]> waitCounters(Field<Long> key, UnitScope scope, String focusPath,
                                           UnitStructure structure, LocalDate from, LocalDate to) {
        var e = DOSSIER_EVENT.as("wait_event");
        var n = DOSSIER_EVENT.as("next_event");
        Field<LocalDateTime> nextAt = DSL.field(DSL.select(DSL.min(n.EVENT_AT)).from(n)
                .where(n.DOSSIER_ID.eq(e.DOSSIER_ID), n.EVENT_AT.gt(e.EVENT_AT)
                        .or(n.EVENT_AT.eq(e.EVENT_AT).and(n.ID.gt(e.ID)))));
        Field<LocalDate> fromDay = SqlDays.dayOf(e.EVENT_AT);
        Field<LocalDate> untilDay = SqlDays.dayOf(DSL.coalesce(nextAt, DOSSIER.FINISHED_AT));
        Field<LocalDate> dueFrom = DSL.greatest(fromDay, DOSSIER.DUE_DATE);
        Condition pastDueWhileWaiting = untilDay.isNull().or(dueFrom.lt(untilDay));
        Map<Long, long[]> result = new HashMap<>();
        dsl.select(key,
                        DSL.count().filterWhere(fromDay.between(from, to)),
                        DSL.count().filterWhere(untilDay.between(from, to)),
                        DSL.count().filterWhere(pastDueWhileWaiting.and(dueFrom.between(from, to))),
                        DSL.count().filterWhere(pastDueWhileWaiting.and(untilDay.between(from, to))))
                // from the few supplement requests to their dossiers: left alone, the optimizer walks every
                // dossier and looks up its events (minutes at a million dossiers with a small buffer pool)
                .from(e).straightJoin(DOSSIER).on(DOSSIER.ID.eq(e.DOSSIER_ID))
                .where(e.STATE.eq(DossierState.SUPPLEMENT_REQUESTED),
                        DossierConditions.countsAsReceived(),
                        UnitConditions.unitsIn(DOSSIER.HANDLING_UNIT_ID, scope, focusPath, structure))
                .groupBy(key)
                .forEach(r -> {
                    long[] v = new long[StatCounter.values().length];
                    v[StatCounter.WAIT_START.ordinal()] = r.value2();
                    v[StatCounter.WAIT_END.ordinal()] = r.value3();
                    v[StatCounter.WAIT_DUE_START.ordinal()] = r.value4();
                    v[StatCounter.WAIT_DUE_END.ordinal()] = r.value5();
                    result.put(keyOf(r.value1()), v);
                });
        return result;
    }

    public Map<Long, StatTotals> sumsByUnit(UnitScope scope, String focusPath, UnitStructure structure,
                                            LocalDate from, LocalDate to) {
        return sums(DOSSIER.HANDLING_UNIT_ID, scope, focusPath, structure, from, to, true);
    }

    public Map<Long, StatTotals> sumsByProcedure(UnitScope scope, String focusPath, UnitStructure structure,
                                                 LocalDate from, LocalDate to) {
        return sums(DOSSIER.PROCEDURE_ID, scope, focusPath, structure, from, to, false);
    }

    public Map<Long, StatTotals> sumsByOfficer(UnitScope scope, String focusPath, UnitStructure structure,
                                               LocalDate from, LocalDate to) {
        return sums(DOSSIER.HANDLING_OFFICER_ID, scope, focusPath, structure, from, to, false);
    }

    private static Condition inPeriod(Field<LocalDateTime> at, LocalDate from, LocalDate to) {
        return SqlDays.within(at, from, to);
    }

    private static List<SelectField<?>> counters(LocalDate from, LocalDate to) {
        // refused dossiers were never received: only REFUSED reads them
        Condition accepted = DossierConditions.countsAsReceived();
        Condition received = accepted.and(DossierConditions.receivedIn(from, to));
        Condition resolved = accepted.and(inPeriod(DOSSIER.RESOLVED_AT, from, to));
        Condition finished = accepted.and(inPeriod(DOSSIER.FINISHED_AT, from, to));
        Condition due = accepted.and(DOSSIER.DUE_DATE.between(from, to));
        Field<LocalDate> finishedDay = DossierConditions.finishedDay();
        Condition refused = DOSSIER.STATE.eq(DossierState.REFUSED_AT_RECEPTION)
                .and(inPeriod(DSL.coalesce(DOSSIER.FINISHED_AT, DOSSIER.RECEIVED_AT), from, to));
        List<SelectField<?>> fields = new ArrayList<>();
        for (StatCounter c : StatCounter.values()) {
            if (c.on() == StatCounter.On.WAIT) {
                continue;
            }
            Field<?> f = switch (c) {
                case RECEIVED -> DSL.count().filterWhere(received);
                case RECEIVED_ONLINE -> DSL.count().filterWhere(received.and(DOSSIER.CHANNEL.eq(Channel.ONLINE)));
                case RECEIVED_POSTAL -> DSL.count().filterWhere(received.and(DOSSIER.CHANNEL.eq(Channel.POSTAL)));
                case WITH_FEE -> DSL.count().filterWhere(received.and(DOSSIER.HAS_FEE.isTrue()));
                case PAID_ONLINE -> DSL.count().filterWhere(received.and(DOSSIER.HAS_FEE.isTrue())
                        .and(DOSSIER.PAID_ONLINE.isTrue()));
                case RESOLVED -> DSL.count().filterWhere(resolved);
                case RESOLVED_EARLY -> DSL.count().filterWhere(resolved.and(DOSSIER.TIMING.eq(Timing.EARLY)));
                case RESOLVED_ON_TIME -> DSL.count().filterWhere(resolved.and(DOSSIER.TIMING.eq(Timing.ON_TIME)));
                case RESOLVED_LATE -> DSL.count().filterWhere(resolved.and(DOSSIER.TIMING.eq(Timing.LATE)));
                case LATE_DAYS -> DSL.sum(DSL.when(resolved.and(DOSSIER.TIMING.eq(Timing.LATE)),
                        DOSSIER.LATE_WORKING_DAYS).otherwise(0));
                case DIGITISED -> DSL.count().filterWhere(resolved.and(DOSSIER.DIGITISED.isTrue()));
                case RETURNED_HOME -> DSL.count().filterWhere(resolved.and(DOSSIER.RETURNED_AT_HOME.isTrue()));
                case RATED -> DSL.count().filterWhere(resolved.and(DOSSIER.RATING.isNotNull()));
                case SATISFIED -> DSL.count().filterWhere(resolved.and(DOSSIER.RATING.in(Rating.VERY_SATISFIED,
                        Rating.SATISFIED)));
                case FINISHED -> DSL.count().filterWhere(finished);
                case FINISHED_AFTER_DUE -> DSL.count().filterWhere(finished.and(finishedDay.gt(DOSSIER.DUE_DATE)));
                case DUE -> DSL.count().filterWhere(due);
                case DUE_MET -> DSL.count().filterWhere(due.and(DOSSIER.FINISHED_AT.isNotNull())
                        .and(finishedDay.le(DOSSIER.DUE_DATE)));
                case REFUSED -> DSL.count().filterWhere(refused);
                case WITHDRAWN -> DSL.count().filterWhere(finished.and(DOSSIER.STATE.eq(
                        DossierState.WITHDRAWN)));
                case STOPPED -> DSL.count().filterWhere(finished.and(DOSSIER.STATE.eq(
                        DossierState.STOPPED)));
                case ONLINE_ELIGIBLE -> DSL.count().filterWhere(received.and(DOSSIER.ONLINE_LEVEL.eq(
                        OnlineLevel.FULL)));
                case FULLY_ONLINE -> DSL.count().filterWhere(received.and(DOSSIER.ONLINE_LEVEL.eq(OnlineLevel.FULL))
                        .and(DOSSIER.CHANNEL.eq(Channel.ONLINE)));
                case RESULT_ELECTRONIC -> DSL.count().filterWhere(resolved.and(DOSSIER.RESULT_ELECTRONIC.isTrue()));
                case DATA_REUSED -> DSL.count().filterWhere(received.and(DOSSIER.DATA_REUSED.isTrue()));
                case WAIT_START, WAIT_END, WAIT_DUE_START, WAIT_DUE_END ->
                        throw new IllegalStateException("counted from the events");
            };
            fields.add(f.as(c.column()));
        }
        return fields;
    }
}
