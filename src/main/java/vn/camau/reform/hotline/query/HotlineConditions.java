package vn.camau.reform.hotline.query;

import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_ROUND;
import static vn.camau.reform.jooq.Tables.OFFICER;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import vn.camau.reform.base.db.SqlDays;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.Satisfaction;
import vn.camau.reform.security.Role;

/**
 * The hotline's rules as SQL conditions, published once for every query that counts reports: the
 * hotline's own figures and queue, and the officers' evaluation evidence (which may use these, not the
 * hotline's queries). Every figure is taken at a {@link Moment}; a round keeps its own deadline,
 * answer, the citizen's word and the finding, so a later reopening never changes what a past period
 * counted.
 */
public final class HotlineConditions {

    private HotlineConditions() {
    }

    /** Conclusions that count against the unit and the officer, as stored: {@code Conclusion.isFounded()}. */
    public static final List<Conclusion> FOUNDED = Conclusion.founded();
    public static final Satisfaction SATISFIED = Satisfaction.SATISFIED;
    public static final Satisfaction NOT_SATISFIED = Satisfaction.NOT_SATISFIED;

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
    public static Condition openedIn(LocalDate from, LocalDate to) {
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


    /**
     * A hotline report about the person looking at the figures counts for them only once a leader has
     * concluded it founded or partly founded: until then (and if unfounded) the officer reported on
     * must not learn from a count that someone complained, the same rule that keeps such a report out of
     * their queue. Everyone else's view of that officer counts every report.
     */
    public static Condition countedFor(long viewerUserId) {
        return HOTLINE_REPORT.OFFICER_ID.notIn(DSL.select(OFFICER.ID).from(OFFICER).where(OFFICER.USER_ID.eq(viewerUserId)))
                .or(HOTLINE_REPORT.CONCLUSION.in(FOUNDED));
    }

    /**
     * The officers who are users able to read a stored document about the unit at {@code unitPath}: users
     * holding one of {@code roles} whose unit is that unit or above it (their scope holds it).
     */
    private static org.jooq.Select<org.jooq.Record1<Long>> officersReading(String unitPath,
                                                                          Collection<Role> roles) {
        var home = ADMIN_UNIT.as("reader_unit");
        return DSL.select(OFFICER.ID).from(OFFICER)
                .join(APP_USER).on(APP_USER.ID.eq(OFFICER.USER_ID))
                .join(home).on(home.ID.eq(APP_USER.UNIT_ID))
                .where(APP_USER.ENABLED.isTrue(), DSL.val(unitPath).startsWith(home.PATH),
                        APP_USER.ID.in(DSL.select(APP_USER_ROLE.USER_ID).from(APP_USER_ROLE)
                                .where(APP_USER_ROLE.ROLE.in(roles))));
    }

    /**
     * {@link #withheldFrom} for every reader of a stored document about a unit (its monthly report): the
     * reports about any of them ({@link #officersReading}) not concluded founded. A stored report is one
     * document for all its readers, so it leaves out what any of them must not learn from a count.
     */
    public static Condition withheldFromReadersOf(String unitPath, Collection<Role> roles) {
        return HOTLINE_REPORT.OFFICER_ID.in(officersReading(unitPath, roles))
                .and(HOTLINE_REPORT.CONCLUSION.isNull().or(HOTLINE_REPORT.CONCLUSION.notIn(FOUNDED)));
    }

    /** What {@link #withheldFromReadersOf} leaves: spelled apart for SQL's three-valued logic, like countedFor. */
    public static Condition countedForReadersOf(String unitPath, Collection<Role> roles) {
        return HOTLINE_REPORT.OFFICER_ID.isNull()
                .or(HOTLINE_REPORT.OFFICER_ID.notIn(officersReading(unitPath, roles)))
                .or(HOTLINE_REPORT.CONCLUSION.in(FOUNDED));
    }

    /**
     * The reports {@link #countedFor} keeps from the viewer: about them and not concluded founded.
     * Spelled apart rather than as its negation, which SQL's three-valued logic would turn into
     * "unknown" for a report without a conclusion.
     */
    public static Condition withheldFrom(long viewerUserId) {
        return HOTLINE_REPORT.OFFICER_ID.in(DSL.select(OFFICER.ID).from(OFFICER).where(OFFICER.USER_ID.eq(viewerUserId)))
                .and(HOTLINE_REPORT.CONCLUSION.isNull().or(HOTLINE_REPORT.CONCLUSION.notIn(FOUNDED)));
    }
}
