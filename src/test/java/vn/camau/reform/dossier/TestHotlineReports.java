package vn.camau.reform.dossier;

import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.HOTLINE_EVENT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_ROUND;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;

import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineState;
import vn.camau.reform.hotline.Satisfaction;

/**
 * Hotline reports written straight into the table for indicator and chart tests, so that a test names
 * exactly the dates, answers and conclusions whose edges it checks. They carry {@link #YEAR} as their
 * report year, which no real report has, and {@link #removeAll} (also run by
 * {@link TestDossiers#reset()}) takes them away wherever their unit lies.
 */
public final class TestHotlineReports {

    /** The report year that marks a test row. */
    public static final int YEAR = 9999;

    private final DSLContext dsl;
    private final long userId;

    public TestHotlineReports(DSLContext dsl) {
        this.dsl = dsl;
        this.userId = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("admin"))
                .fetchSingle(APP_USER.ID);
    }

    /** One round of the report's answer as a test writes it. */
    private static final class RoundDraft {
        final LocalDateTime openedAt;
        final LocalDate dueDate;
        LocalDateTime answeredAt;
        String conclusion;
        LocalDateTime concludedAt;
        String satisfaction;
        LocalDateTime satisfactionAt;
        LocalDateTime reopenedAt;

        RoundDraft(LocalDateTime openedAt, LocalDate dueDate) {
            this.openedAt = openedAt;
            this.dueDate = dueDate;
        }

        /** After the answer (or the round's start): when the citizen spoke, or the leader concluded. */
        LocalDateTime afterAnswer() {
            return (answeredAt != null ? answeredAt : openedAt).plusHours(1);
        }
    }

    /**
     * A report being written: received, category and unit first, then what happened to it, round by
     * round ({@link #reopened} ends one and starts the next). The row holds the last round, as the
     * service leaves it; {@code hotline_round} every round.
     */
    public final class Draft {
        private final long unitId;
        private final LocalDateTime receivedAt;
        private final List<RoundDraft> rounds = new ArrayList<>();
        private String category = "ATTITUDE";
        private Long officerId;

        private Draft(long unitId, LocalDateTime receivedAt, LocalDate dueDate) {
            this.unitId = unitId;
            this.receivedAt = receivedAt;
            rounds.add(new RoundDraft(receivedAt, dueDate));
        }

        private RoundDraft current() {
            return rounds.getLast();
        }

        public Draft category(String c) {
            category = c;
            return this;
        }

        public Draft answered(LocalDateTime at) {
            current().answeredAt = at;
            return this;
        }

        /** Concluded an hour after the answer. */
        public Draft concluded(String c) {
            return concluded(c, current().afterAnswer());
        }

        public Draft concluded(String c, LocalDateTime at) {
            current().conclusion = c;
            current().concludedAt = at;
            return this;
        }

        /** The citizen's word, an hour after the answer. */
        public Draft satisfaction(String s) {
            return satisfaction(s, current().afterAnswer());
        }

        public Draft satisfaction(String s, LocalDateTime at) {
            current().satisfaction = s;
            current().satisfactionAt = at;
            return this;
        }

        /** The citizen was not satisfied: the round ends and a new one runs to {@code newDue}. */
        public Draft reopened(LocalDateTime at, LocalDate newDue) {
            current().reopenedAt = at;
            rounds.add(new RoundDraft(at, newDue));
            return this;
        }

        public Draft officer(long id) {
            officerId = id;
            return this;
        }

        /** Writes the report and its rounds; returns its id. */
        public long save() {
            int seq = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(HOTLINE_REPORT.REPORT_SEQ), 0))
                    .from(HOTLINE_REPORT).where(HOTLINE_REPORT.REPORT_YEAR.eq(YEAR)).fetchSingle().value1() + 1;
            RoundDraft last = current();
            HotlineState state = last.conclusion != null ? HotlineState.CONCLUDED
                    : last.answeredAt != null ? HotlineState.ANSWERED : HotlineState.VERIFYING;
            LocalDateTime now = LocalDateTime.now().withNano(0);
            long id = dsl.insertInto(HOTLINE_REPORT)
                    .set(HOTLINE_REPORT.CODE, String.format("TEST-%05d", seq))
                    .set(HOTLINE_REPORT.REPORT_YEAR, YEAR)
                    .set(HOTLINE_REPORT.REPORT_SEQ, seq)
                    .set(HOTLINE_REPORT.CHANNEL, HotlineChannel.PHONE)
                    .set(HOTLINE_REPORT.RECEIVED_AT, receivedAt)
                    .set(HOTLINE_REPORT.ANONYMOUS, false)
                    .set(HOTLINE_REPORT.REPORTER_NAME, "Người Phản Ánh Thử")
                    .set(HOTLINE_REPORT.REPORTER_PHONE, "0912000111")
                    .set(HOTLINE_REPORT.CATEGORY, HotlineCategory.valueOf(category))
                    .set(HOTLINE_REPORT.UNIT_ID, unitId)
                    .set(HOTLINE_REPORT.OFFICER_ID, officerId)
                    .set(HOTLINE_REPORT.DESCRIPTION, "Phản ánh thử nghiệm")
                    .set(HOTLINE_REPORT.STATE, state)
                    .set(HOTLINE_REPORT.ASSIGN_DUE_DATE, receivedAt.toLocalDate())
                    .set(HOTLINE_REPORT.DUE_DATE, last.dueDate)
                    .set(HOTLINE_REPORT.ANSWER_TEXT, last.answeredAt == null ? null : "Đã trả lời")
                    .set(HOTLINE_REPORT.ANSWER_CHANNEL, last.answeredAt == null ? null : HotlineChannel.PHONE)
                    .set(HOTLINE_REPORT.ANSWERED_AT, last.answeredAt)
                    .set(HOTLINE_REPORT.ANSWERED_BY, last.answeredAt == null ? null : userId)
                    .set(HOTLINE_REPORT.SATISFACTION, named(Satisfaction.class, last.satisfaction))
                    .set(HOTLINE_REPORT.CONCLUSION, named(Conclusion.class, last.conclusion))
                    .set(HOTLINE_REPORT.CONCLUDED_BY, last.conclusion == null ? null : userId)
                    .set(HOTLINE_REPORT.CONCLUDED_AT, last.concludedAt)
                    .set(HOTLINE_REPORT.REOPEN_COUNT, rounds.size() - 1)
                    .set(HOTLINE_REPORT.CREATED_BY, userId)
                    .set(HOTLINE_REPORT.CREATED_AT, now)
                    .set(HOTLINE_REPORT.UPDATED_BY, userId)
                    .set(HOTLINE_REPORT.UPDATED_AT, now)
                    .returningResult(HOTLINE_REPORT.ID)
                    .fetchSingle().value1();
            for (int i = 0; i < rounds.size(); i++) {
                RoundDraft r = rounds.get(i);
                dsl.insertInto(HOTLINE_ROUND)
                        .set(HOTLINE_ROUND.REPORT_ID, id)
                        .set(HOTLINE_ROUND.ROUND_NO, i + 1)
                        .set(HOTLINE_ROUND.OPENED_AT, r.openedAt)
                        .set(HOTLINE_ROUND.DUE_DATE, r.dueDate)
                        .set(HOTLINE_ROUND.ANSWERED_AT, r.answeredAt)
                        .set(HOTLINE_ROUND.SATISFACTION, named(Satisfaction.class, r.satisfaction))
                        .set(HOTLINE_ROUND.SATISFACTION_AT, r.satisfactionAt)
                        .set(HOTLINE_ROUND.CONCLUSION, named(Conclusion.class, r.conclusion))
                        .set(HOTLINE_ROUND.CONCLUDED_AT, r.concludedAt)
                        .set(HOTLINE_ROUND.REOPENED_AT, r.reopenedAt)
                        .execute();
            }
            // written straight to the tables, often back-dated: figures kept for closed periods go
            ClosedFigures.raise(dsl);
            return id;
        }
    }

    /** The constant a test names (null stays null): the fixture's setters take the stored names. */
    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A report about the unit, received at 9:00 on the day, to be answered by {@code due}. */
    public Draft report(long unitId, LocalDate received, LocalDate due) {
        return new Draft(unitId, received.atTime(9, 0), due);
    }

    /** Removes every test report (they have no attachments or reveals; events only if a test added some; rounds go with them). */
    public static void removeAll(DSLContext dsl) {
        var ids = dsl.select(HOTLINE_REPORT.ID).from(HOTLINE_REPORT).where(HOTLINE_REPORT.REPORT_YEAR.eq(YEAR))
                .fetch(HOTLINE_REPORT.ID);
        dsl.deleteFrom(HOTLINE_EVENT).where(HOTLINE_EVENT.REPORT_ID.in(ids)).execute();
        dsl.deleteFrom(HOTLINE_REPORT).where(HOTLINE_REPORT.ID.in(ids)).execute();
        ClosedFigures.raise(dsl);
    }
}
