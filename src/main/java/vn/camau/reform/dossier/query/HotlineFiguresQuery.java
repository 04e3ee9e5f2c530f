package vn.camau.reform.dossier.query;

import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.dossier.HotlineFigures;
import vn.camau.reform.dossier.OfficerHotlineCount;
import vn.camau.reform.dossier.UnitStructure;
import vn.camau.reform.security.UnitScope;

/**
 * The hotline's figures per unit a report concerns, read straight from the reports: a province
 * logs tens of thousands a year at most, which the (unit, received) and (state, due) indexes answer
 * without summary tables. Categories and conclusions are plain strings here, since the indicators
 * must not depend on the hotline feature (which depends on them).
 */
@Repository
public class HotlineFiguresQuery {

    /** Conclusions that count against the unit and the officer. */
    static final List<String> FOUNDED = List.of("FOUNDED", "PARTLY_FOUNDED");
    static final String SATISFIED = "SATISFIED";
    static final String NOT_SATISFIED = "NOT_SATISFIED";

    private final DSLContext dsl;

    HotlineFiguresQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Received in [from, to], both days whole. */
    static Condition receivedIn(LocalDate from, LocalDate to) {
        return HOTLINE_REPORT.RECEIVED_AT.ge(from.atStartOfDay())
                .and(HOTLINE_REPORT.RECEIVED_AT.lt(to.plusDays(1).atStartOfDay()));
    }

    /**
     * Due in [from, to]: the due date fell in the period and passed before {@code today}, or the report
     * was answered (then it is judged whatever the day).
     */
    static Condition dueIn(LocalDate from, LocalDate to, LocalDate today) {
        return HOTLINE_REPORT.DUE_DATE.between(from, to)
                .and(HOTLINE_REPORT.DUE_DATE.lt(today).or(HOTLINE_REPORT.ANSWERED_AT.isNotNull()));
    }

    /** Answered on or before the due date, judged by the day (an answer at 17:00 on the due date is on time). */
    static Condition answeredOnTime() {
        Field<LocalDate> answeredDay = DSL.field("CAST({0} AS DATE)", LocalDate.class, HOTLINE_REPORT.ANSWERED_AT);
        return HOTLINE_REPORT.ANSWERED_AT.isNotNull().and(answeredDay.le(HOTLINE_REPORT.DUE_DATE));
    }

    /** Figures per unit concerned, for the units inside the scope and below the focus. */
    public Map<Long, HotlineFigures> byUnit(UnitScope scope, String focusPath, UnitStructure structure,
                                            LocalDate from, LocalDate to, LocalDate today) {
        Condition received = receivedIn(from, to);
        Condition due = dueIn(from, to, today);
        Map<Long, HotlineFigures> result = new HashMap<>();
        dsl.select(HOTLINE_REPORT.UNIT_ID,
                        DSL.count().filterWhere(received),
                        DSL.count().filterWhere(due),
                        DSL.count().filterWhere(due.and(answeredOnTime())),
                        DSL.count().filterWhere(received.and(HOTLINE_REPORT.ANSWERED_AT.isNull())
                                .and(HOTLINE_REPORT.DUE_DATE.lt(today))),
                        DSL.count().filterWhere(received.and(HOTLINE_REPORT.CONCLUSION.in(FOUNDED))),
                        DSL.count().filterWhere(received.and(HOTLINE_REPORT.SATISFACTION.eq(SATISFIED))),
                        DSL.count().filterWhere(received.and(HOTLINE_REPORT.SATISFACTION.in(SATISFIED, NOT_SATISFIED))))
                .from(HOTLINE_REPORT)
                .where(received.or(HOTLINE_REPORT.DUE_DATE.between(from, to)),
                        StatQuery.unitsIn(HOTLINE_REPORT.UNIT_ID, scope, focusPath, structure))
                .groupBy(HOTLINE_REPORT.UNIT_ID)
                .forEach(r -> result.put(r.value1(), new HotlineFigures(r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8())));
        return result;
    }

    /**
     * Per officer reported on, the reports received in [from, to] about units inside the scope and
     * below the focus, and how many were founded (or partly), most reported first.
     */
    public List<OfficerHotlineCount> byOfficer(UnitScope scope, String focusPath, LocalDate from, LocalDate to,
                                               long viewerUserId) {
        Field<Integer> reports = DSL.count();
        return dsl.select(HOTLINE_REPORT.OFFICER_ID, reports,
                        DSL.count().filterWhere(HOTLINE_REPORT.CONCLUSION.in(FOUNDED)))
                .from(HOTLINE_REPORT)
                .where(HOTLINE_REPORT.OFFICER_ID.isNotNull(), receivedIn(from, to),
                        ReportsAboutTheViewer.countedFor(viewerUserId),
                        StatQuery.unitsIn(HOTLINE_REPORT.UNIT_ID, scope, focusPath, UnitStructure.CURRENT))
                .groupBy(HOTLINE_REPORT.OFFICER_ID)
                .orderBy(reports.desc(), HOTLINE_REPORT.OFFICER_ID)
                .fetch(Records.mapping((officerId, n, founded) ->
                        new OfficerHotlineCount(officerId, n, founded)));
    }
}
