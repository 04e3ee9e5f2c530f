package vn.camau.reform.hotline.query;

import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_ROUND;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineFigures;
import vn.camau.reform.hotline.OfficerHotlineCount;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.dossier.query.StatQuery;
import vn.camau.reform.base.db.SqlDays;
import vn.camau.reform.security.query.ScopeCondition;

/**
 * The hotline's figures per unit a report concerns, read straight from the reports and their answer
 * rounds ({@code hotline_round}: the first from reception, one more per reopening): a province logs
 * tens of thousands a year at most, which the indexes answer without summary tables. Categories and
 * conclusions are plain strings here, since the indicators must not depend on the hotline feature
 * (which depends on them).
 *
 * <p>Every figure is taken at the period's end: its last day once that is over, now while it runs
 * ({@link Moment}). A round keeps its own deadline, answer, the citizen's word and the finding, so a
 * later reopening never changes what a past period counted.
 */
@Repository
public class HotlineFiguresQuery {

    /** Conclusions that count against the unit and the officer, as stored: {@code Conclusion.isFounded()}. */
    static final List<String> FOUNDED = Conclusion.foundedNames();
    static final String SATISFIED = "SATISFIED";
    static final String NOT_SATISFIED = "NOT_SATISFIED";

    private final DSLContext dsl;

    HotlineFiguresQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The moment a period's hotline figures are taken at. {@code end}: what was recorded before it
     * counts (the end of the period's last day, or of today while it runs); a deadline before
     * {@code dueBefore} has passed (the last day included once it is over; while the period runs, a
     * report due today can still be answered in time).
     */
    public record Moment(LocalDateTime end, LocalDate dueBefore) {

        public static Moment of(LocalDate to, LocalDate today) {
            boolean over = to.isBefore(today);
            return new Moment((over ? to : today).plusDays(1).atStartOfDay(), over ? to.plusDays(1) : today);
        }
    }

    /** Received on a day in [from, to]; a null bound leaves that side open (the queue's filter). */
    public static Condition receivedIn(LocalDate from, LocalDate to) {
        return SqlDays.within(HOTLINE_REPORT.RECEIVED_AT, from, to);
    }

    /**
     * Rounds due in [from, to]: the deadline fell in the period and had passed at the moment, or the
     * round had been answered by then (then it is judged whatever the day).
     */
    public static Condition dueIn(LocalDate from, LocalDate to, Moment at) {
        return HOTLINE_ROUND.DUE_DATE.between(from, to).and(HOTLINE_ROUND.OPENED_AT.lt(at.end()))
                .and(HOTLINE_ROUND.DUE_DATE.lt(at.dueBefore()).or(HOTLINE_ROUND.ANSWERED_AT.lt(at.end())));
    }

    /** Answered on or before its deadline, judged by the day (an answer at 17:00 on the due date is on time). */
    public static Condition answeredOnTime() {
        Field<LocalDate> answeredDay = SqlDays.dayOf(HOTLINE_ROUND.ANSWERED_AT);
        return HOTLINE_ROUND.ANSWERED_AT.isNotNull().and(answeredDay.le(HOTLINE_ROUND.DUE_DATE));
    }

    /** The round in force at the moment: opened before it and not yet replaced by a reopening. */
    public static Condition inForce(Moment at) {
        return HOTLINE_ROUND.OPENED_AT.lt(at.end())
                .and(HOTLINE_ROUND.REOPENED_AT.isNull().or(HOTLINE_ROUND.REOPENED_AT.ge(at.end())));
    }

    /** The report stood concluded founded or partly founded at the moment (its round then, not a later one). */
    public static Condition foundedAt(Moment at) {
        return inForce(at).and(HOTLINE_ROUND.CONCLUSION.in(FOUNDED)).and(HOTLINE_ROUND.CONCLUDED_AT.lt(at.end()));
    }

    /** Rounds begun (received or reopened) in [from, to], both days whole. */
    static Condition openedIn(LocalDate from, LocalDate to) {
        return SqlDays.within(HOTLINE_ROUND.OPENED_AT, from, to);
    }

    /**
     * The overdue figure's rounds: begun in [from, to], in force at the moment, past their deadline
     * and unanswered then. The hotline queue's link from the figure lists exactly these (one
     * definition, so the card's count is the number of rows behind it).
     */
    public static Condition overdueAt(LocalDate from, LocalDate to, Moment at) {
        return openedIn(from, to).and(inForce(at)).and(HOTLINE_ROUND.DUE_DATE.lt(at.dueBefore()))
                .and(HOTLINE_ROUND.ANSWERED_AT.isNull().or(HOTLINE_ROUND.ANSWERED_AT.ge(at.end())));
    }

    /** Figures per unit concerned, for the units inside the scope and below the focus. */
    public Map<Long, HotlineFigures> byUnit(UnitScope scope, String focusPath, UnitStructure structure,
                                            LocalDate from, LocalDate to, LocalDate today) {
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
                .where(received.or(HOTLINE_ROUND.DUE_DATE.between(from, to)).or(openedIn),
                        StatQuery.unitsIn(HOTLINE_REPORT.UNIT_ID, scope, focusPath, structure))
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
                        ReportsAboutTheViewer.countedFor(viewerUserId),
                        ScopeCondition.reportedIn(HOTLINE_REPORT.UNIT_ID, scope, focusPath))
                .groupBy(HOTLINE_REPORT.OFFICER_ID)
                .orderBy(reports.desc(), HOTLINE_REPORT.OFFICER_ID)
                .fetch(Records.mapping((officerId, n, founded) ->
                        new OfficerHotlineCount(officerId, n, founded)));
    }
}
