package vn.camau.reform.hotline.query;

import static vn.camau.reform.hotline.query.HotlineConditions.receivedIn;
import static vn.camau.reform.hotline.query.HotlineConditions.dueIn;
import static vn.camau.reform.hotline.query.HotlineConditions.answeredOnTime;
import static vn.camau.reform.hotline.query.HotlineConditions.inForce;
import static vn.camau.reform.hotline.query.HotlineConditions.foundedAt;
import static vn.camau.reform.hotline.query.HotlineConditions.openedIn;
import static vn.camau.reform.hotline.query.HotlineConditions.overdueAt;
import static vn.camau.reform.hotline.query.HotlineConditions.countedFor;
import static vn.camau.reform.hotline.query.HotlineConditions.SATISFIED;
import static vn.camau.reform.hotline.query.HotlineConditions.NOT_SATISFIED;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_ROUND;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.adminunit.query.UnitConditions;
import vn.camau.reform.base.db.ReadOnlyTransactionMemo;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.base.repository.KeptBetweenWrites;
import vn.camau.reform.hotline.query.HotlineConditions.Moment;
import vn.camau.reform.hotline.HotlineFigures;
import vn.camau.reform.hotline.OfficerHotlineCount;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.base.db.SqlDays;
import vn.camau.reform.security.query.ScopeCondition;

/**
 * The hotline's figures per unit a report concerns, read straight from the reports and their answer
 * rounds ({@code hotline_round}: the first from reception, one more per reopening): a province logs
 * tens of thousands a year at most, which the indexes answer without summary tables. Every figure is
 * taken at the period's end: its last day once that is over, now while it runs ({@link Moment}); the
 * conditions are the hotline's published rules ({@link HotlineConditions}).
 */
@Repository
public class HotlineFiguresQuery {

    private final DSLContext dsl;
    /**
     * {@link #anyWithheldFrom} per viewer, kept between writes: the reports and the officers it reads are
     * figure tables, whose every write raises the running figures' version.
     */
    private final KeptBetweenWrites anyWithheld = new KeptBetweenWrites(10_000);
    private final ClosedFigures closedFigures;

    HotlineFiguresQuery(DSLContext dsl, ClosedFigures closedFigures) {
        this.dsl = dsl;
        this.closedFigures = closedFigures;
    }

    /** Figures per unit concerned, for the units inside the scope and below the focus. */
    public Map<Long, HotlineFigures> byUnit(UnitScope scope, String focusPath, UnitStructure structure,
                                            LocalDate from, LocalDate to, LocalDate today) {
        return byUnit(DSL.noCondition(), scope, focusPath, structure, from, to, today);
    }

    /**
     * The part of {@link #byUnit} that is about the viewer and not concluded founded: taken off what they
     * are shown, so that no count tells the officer reported on what their queue hides from them.
     */
    public Map<Long, HotlineFigures> withheldFrom(long viewerUserId, UnitScope scope, String focusPath,
                                                  UnitStructure structure, LocalDate from, LocalDate to,
                                                  LocalDate today) {
        return byUnit(HotlineConditions.withheldFrom(viewerUserId), scope, focusPath, structure, from, to, today);
    }

    /**
     * The part of {@link #byUnit} that a stored document about the unit at {@code readersOfPath} leaves
     * out for its readers ({@link HotlineConditions#withheldFromReadersOf}).
     */
    public Map<Long, HotlineFigures> withheldFromReadersOf(String readersOfPath, Collection<Role> roles,
                                                           UnitScope scope, String focusPath, UnitStructure structure,
                                                           LocalDate from, LocalDate to, LocalDate today) {
        return byUnit(HotlineConditions.withheldFromReadersOf(readersOfPath, roles), scope, focusPath, structure,
                from, to, today);
    }

    /** Whether any report at all is withheld from the viewer: most viewers are never reported on. */
    public boolean anyWithheldFrom(long viewerUserId) {
        return ReadOnlyTransactionMemo.get(new WithheldFrom(viewerUserId), () -> anyWithheld.get(viewerUserId,
                closedFigures::running,
                () -> dsl.fetchExists(HOTLINE_REPORT, HotlineConditions.withheldFrom(viewerUserId))));
    }

    /** The memo's key for {@link #anyWithheldFrom}: one answer per viewer and read-only transaction. */
    private record WithheldFrom(long viewerUserId) {
    }

    private Map<Long, HotlineFigures> byUnit(Condition only, UnitScope scope, String focusPath,
                                             UnitStructure structure, LocalDate from, LocalDate to, LocalDate today) {
        Moment at = Moment.of(to, today);
        Condition received = receivedIn(from, to);
        Condition due = dueIn(from, to, at);
        Condition openedIn = openedIn(from, to);
        Condition overdue = overdueAt(from, to, at);
        Condition rated = HOTLINE_ROUND.SATISFACTION_AT.lt(at.end());
        Map<Long, HotlineFigures> result = new HashMap<>();
        dsl.select(HOTLINE_REPORT.UNIT_ID,
                        DSL.count().filterWhere(received.and(HOTLINE_ROUND.ROUND_NO.eq(1))),
                        DSL.count().filterWhere(due),
                        DSL.count().filterWhere(due.and(answeredOnTime())),
                        DSL.count().filterWhere(overdue),
                        DSL.count().filterWhere(received.and(foundedAt(at))),
                        DSL.count().filterWhere(received.and(rated).and(HOTLINE_ROUND.SATISFACTION.eq(SATISFIED))),
                        DSL.count().filterWhere(received.and(rated)
                                .and(HOTLINE_ROUND.SATISFACTION.in(SATISFIED, NOT_SATISFIED))))
                .from(HOTLINE_ROUND).join(HOTLINE_REPORT).on(HOTLINE_REPORT.ID.eq(HOTLINE_ROUND.REPORT_ID))
                .where(received.or(HOTLINE_ROUND.DUE_DATE.between(from, to)).or(openedIn), only,
                        UnitConditions.unitsIn(HOTLINE_REPORT.UNIT_ID, scope, focusPath, structure))
                .groupBy(HOTLINE_REPORT.UNIT_ID)
                .forEach(r -> result.put(r.value1(), new HotlineFigures(r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8())));
        return result;
    }

    /**
     * Per officer reported on, the reports received in [from, to] about units inside the scope and
     * below the focus, and how many stood founded (or partly) at the period's end, most reported first.
     */
    public List<OfficerHotlineCount> byOfficer(UnitScope scope, String focusPath, LocalDate from, LocalDate to,
                                               LocalDate today, long viewerUserId) {
        Moment at = Moment.of(to, today);
        Field<Integer> reports = DSL.count();
        return dsl.select(HOTLINE_REPORT.OFFICER_ID, reports, DSL.count().filterWhere(foundedAt(at)))
                .from(HOTLINE_REPORT).join(HOTLINE_ROUND).on(HOTLINE_ROUND.REPORT_ID.eq(HOTLINE_REPORT.ID))
                .where(HOTLINE_REPORT.OFFICER_ID.isNotNull(), receivedIn(from, to), inForce(at),
                        countedFor(viewerUserId),
                        ScopeCondition.reportedIn(HOTLINE_REPORT.UNIT_ID, scope, focusPath))
                .groupBy(HOTLINE_REPORT.OFFICER_ID)
                .orderBy(reports.desc(), HOTLINE_REPORT.OFFICER_ID)
                .fetch(Records.mapping((officerId, n, founded) ->
                        new OfficerHotlineCount(officerId, n, founded)));
    }
}
