package vn.camau.reform.hotline.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_ROUND;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.hotline.query.HotlineConditions;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.hotline.query.HotlineFiguresQuery;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.query.HotlineConditions.Moment;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/**
 * The counts behind the leaders' hotline charts, straight from the reports and their answer rounds
 * (tens of thousands a year at most). Every query carries the caller's scope and the focus as a
 * condition on the unit a report concerns, as the indicators do, and reads no reporter column. What
 * depends on time (founded, due, answered on time) is judged at the period's end with the indicators'
 * own conditions ({@link HotlineFiguresQuery}), so the charts and the overview agree.
 */
@Repository
public class HotlineStatsRepository {

    private final DSLContext dsl;

    HotlineStatsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition under(UnitScope scope, String focusPath) {
        return ScopeCondition.reportedIn(HOTLINE_REPORT.UNIT_ID, scope, focusPath);
    }

    private static Condition receivedIn(LocalDate from, LocalDate to) {
        return HotlineConditions.receivedIn(from, to);
    }

    public record CategoryRow(HotlineCategory category, long reports) {
    }

    public List<CategoryRow> byCategory(UnitScope scope, String focusPath, LocalDate from, LocalDate to) {
        return dsl.select(HOTLINE_REPORT.CATEGORY, DSL.count())
                .from(HOTLINE_REPORT)
                .where(receivedIn(from, to), under(scope, focusPath))
                .groupBy(HOTLINE_REPORT.CATEGORY)
                .fetch(Records.mapping((category, n) -> new CategoryRow(category, n)));
    }

    public record CategoryFiguresRow(HotlineCategory category, long received, long overdue) {
    }

    /**
     * Per category: reports received in [from, to] and answer rounds overdue at the period's end (its
     * last day, or today while it runs), with the indicators' own conditions, so that the rows add up to
     * the overview's received and overdue figures.
     */
    public List<CategoryFiguresRow> receivedAndOverdueByCategory(UnitScope scope, String focusPath, LocalDate from,
                                                                 LocalDate to, LocalDate today) {
        return receivedAndOverdueByCategory(scope, focusPath, from, to, today, DSL.noCondition());
    }

    /**
     * As {@link #receivedAndOverdueByCategory(UnitScope, String, LocalDate, LocalDate, LocalDate)}, without
     * the reports a stored document about the unit at {@code readersOfPath} withholds from its readers
     * ({@link HotlineConditions#withheldFromReadersOf}).
     */
    public List<CategoryFiguresRow> receivedAndOverdueByCategoryForReadersOf(String readersOfPath,
                                                                             Collection<Role> roles, UnitScope scope,
                                                                             String focusPath, LocalDate from,
                                                                             LocalDate to, LocalDate today) {
        return receivedAndOverdueByCategory(scope, focusPath, from, to, today,
                HotlineConditions.countedForReadersOf(readersOfPath, roles));
    }

    private List<CategoryFiguresRow> receivedAndOverdueByCategory(UnitScope scope, String focusPath, LocalDate from,
                                                                  LocalDate to, LocalDate today, Condition only) {
        Moment at = Moment.of(to, today);
        Condition received = receivedIn(from, to);
        return dsl.select(HOTLINE_REPORT.CATEGORY,
                        DSL.count().filterWhere(received.and(HOTLINE_ROUND.ROUND_NO.eq(1))),
                        DSL.count().filterWhere(HotlineConditions.overdueAt(from, to, at)))
                .from(HOTLINE_ROUND).join(HOTLINE_REPORT).on(HOTLINE_REPORT.ID.eq(HOTLINE_ROUND.REPORT_ID))
                .where(received.or(HotlineConditions.openedIn(from, to)), only, under(scope, focusPath))
                .groupBy(HOTLINE_REPORT.CATEGORY)
                .fetch(Records.mapping((category, n, overdue) -> new CategoryFiguresRow(category, n, overdue)));
    }

    /** @param unitId the unit directly below the focus, or null for reports about the focus itself */
    public record UnitRow(Long unitId, String unitName, long reports, long founded) {
    }

    /**
     * Reports received per unit directly below the focus (everything under it rolled up), and those
     * about the focus itself under a null id, with those that stood founded at the period's end (its
     * last day, or today while it runs). Follows the units' reporting paths, so a former unit's reports
     * land under the unit it became part of.
     */
    public List<UnitRow> byChildUnit(UnitScope scope, long focusId, String focusPath, LocalDate from, LocalDate to,
                                     LocalDate today) {
        Moment at = Moment.of(to, today);
        var unit = ADMIN_UNIT.as("concerned");
        var report = ADMIN_UNIT.as("reported_under");
        var child = ADMIN_UNIT.as("child");
        Field<Integer> reports = DSL.count();
        // one round per report: the one in force at the moment
        return dsl.select(child.ID, child.NAME, reports, DSL.count().filterWhere(HotlineConditions.foundedAt(at)))
                .from(HOTLINE_REPORT)
                .join(HOTLINE_ROUND).on(HOTLINE_ROUND.REPORT_ID.eq(HOTLINE_REPORT.ID),
                        HotlineConditions.inForce(at))
                .join(unit).on(unit.ID.eq(HOTLINE_REPORT.UNIT_ID))
                .join(report).on(report.ID.eq(unit.REPORT_UNIT_ID))
                .leftJoin(child).on(child.PARENT_ID.eq(focusId), child.VALID_TO.isNull(),
                        ScopeCondition.under(report.PATH, child.PATH))
                .where(receivedIn(from, to), under(scope, focusPath))
                .groupBy(child.ID, child.NAME)
                .orderBy(reports.desc(), child.NAME)
                .fetch(Records.mapping((id, name, n, founded) -> new UnitRow(id, name, n, founded)));
    }

    public record MonthCategoryRow(int year, int month, HotlineCategory category, long reports) {
    }

    /** Reports received per calendar month and category in [from, to]. */
    public List<MonthCategoryRow> byMonthAndCategory(UnitScope scope, String focusPath, LocalDate from, LocalDate to) {
        Field<Integer> year = DSL.extract(HOTLINE_REPORT.RECEIVED_AT, DatePart.YEAR);
        Field<Integer> month = DSL.extract(HOTLINE_REPORT.RECEIVED_AT, DatePart.MONTH);
        return dsl.select(year, month, HOTLINE_REPORT.CATEGORY, DSL.count())
                .from(HOTLINE_REPORT)
                .where(receivedIn(from, to), under(scope, focusPath))
                .groupBy(year, month, HOTLINE_REPORT.CATEGORY)
                .fetch(Records.mapping((y, m, category, n) -> new MonthCategoryRow(y, m, category, n)));
    }

    public record MonthOnTimeRow(YearMonth month, long due, long answeredOnTime) {
    }

    /**
     * Per month of the due date in [from, to]: answer rounds due (the date had passed at the end of the
     * period that ends on {@code periodEnd}, or the round was answered by then) and those answered on or
     * before it, as the indicators count them.
     */
    public List<MonthOnTimeRow> onTimeByMonth(UnitScope scope, String focusPath, LocalDate from, LocalDate to,
                                              LocalDate periodEnd, LocalDate today) {
        Moment at = Moment.of(periodEnd, today);
        Field<Integer> year = DSL.extract(HOTLINE_ROUND.DUE_DATE, DatePart.YEAR);
        Field<Integer> month = DSL.extract(HOTLINE_ROUND.DUE_DATE, DatePart.MONTH);
        return dsl.select(year, month, DSL.count(),
                        DSL.count().filterWhere(HotlineConditions.answeredOnTime()))
                .from(HOTLINE_ROUND).join(HOTLINE_REPORT).on(HOTLINE_REPORT.ID.eq(HOTLINE_ROUND.REPORT_ID))
                .where(HotlineConditions.dueIn(from, to, at), under(scope, focusPath))
                .groupBy(year, month)
                .fetch(Records.mapping((y, m, due, onTime) -> new MonthOnTimeRow(YearMonth.of(y, m), due, onTime)));
    }
}
