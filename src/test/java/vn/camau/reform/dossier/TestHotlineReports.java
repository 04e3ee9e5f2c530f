package vn.camau.reform.dossier;

import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.HOTLINE_EVENT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jooq.DSLContext;

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

    /** A report being written: received, category and unit first, then what happened to it. */
    public final class Draft {
        private final long unitId;
        private final LocalDateTime receivedAt;
        private final LocalDate dueDate;
        private String category = "ATTITUDE";
        private LocalDateTime answeredAt;
        private String conclusion;
        private String satisfaction;
        private Long officerId;

        private Draft(long unitId, LocalDateTime receivedAt, LocalDate dueDate) {
            this.unitId = unitId;
            this.receivedAt = receivedAt;
            this.dueDate = dueDate;
        }

        public Draft category(String c) {
            category = c;
            return this;
        }

        public Draft answered(LocalDateTime at) {
            answeredAt = at;
            return this;
        }

        public Draft concluded(String c) {
            conclusion = c;
            return this;
        }

        public Draft satisfaction(String s) {
            satisfaction = s;
            return this;
        }

        public Draft officer(long id) {
            officerId = id;
            return this;
        }

        /** Writes the report; returns its id. */
        public long save() {
            int seq = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(HOTLINE_REPORT.REPORT_SEQ), 0))
                    .from(HOTLINE_REPORT).where(HOTLINE_REPORT.REPORT_YEAR.eq(YEAR)).fetchSingle().value1() + 1;
            String state = conclusion != null ? "CONCLUDED" : answeredAt != null ? "ANSWERED" : "VERIFYING";
            LocalDateTime now = LocalDateTime.now().withNano(0);
            return dsl.insertInto(HOTLINE_REPORT)
                    .set(HOTLINE_REPORT.CODE, String.format("TEST-%05d", seq))
                    .set(HOTLINE_REPORT.REPORT_YEAR, YEAR)
                    .set(HOTLINE_REPORT.REPORT_SEQ, seq)
                    .set(HOTLINE_REPORT.CHANNEL, "PHONE")
                    .set(HOTLINE_REPORT.RECEIVED_AT, receivedAt)
                    .set(HOTLINE_REPORT.ANONYMOUS, false)
                    .set(HOTLINE_REPORT.REPORTER_NAME, "Người Phản Ánh Thử")
                    .set(HOTLINE_REPORT.REPORTER_PHONE, "0912000111")
                    .set(HOTLINE_REPORT.CATEGORY, category)
                    .set(HOTLINE_REPORT.UNIT_ID, unitId)
                    .set(HOTLINE_REPORT.OFFICER_ID, officerId)
                    .set(HOTLINE_REPORT.DESCRIPTION, "Phản ánh thử nghiệm")
                    .set(HOTLINE_REPORT.STATE, state)
                    .set(HOTLINE_REPORT.ASSIGN_DUE_DATE, receivedAt.toLocalDate())
                    .set(HOTLINE_REPORT.DUE_DATE, dueDate)
                    .set(HOTLINE_REPORT.ANSWER_TEXT, answeredAt == null ? null : "Đã trả lời")
                    .set(HOTLINE_REPORT.ANSWER_CHANNEL, answeredAt == null ? null : "PHONE")
                    .set(HOTLINE_REPORT.ANSWERED_AT, answeredAt)
                    .set(HOTLINE_REPORT.ANSWERED_BY, answeredAt == null ? null : userId)
                    .set(HOTLINE_REPORT.SATISFACTION, satisfaction)
                    .set(HOTLINE_REPORT.CONCLUSION, conclusion)
                    .set(HOTLINE_REPORT.CONCLUDED_BY, conclusion == null ? null : userId)
                    .set(HOTLINE_REPORT.CONCLUDED_AT, conclusion == null ? null : now)
                    .set(HOTLINE_REPORT.CREATED_BY, userId)
                    .set(HOTLINE_REPORT.CREATED_AT, now)
                    .set(HOTLINE_REPORT.UPDATED_BY, userId)
                    .set(HOTLINE_REPORT.UPDATED_AT, now)
                    .returningResult(HOTLINE_REPORT.ID)
                    .fetchSingle().value1();
        }
    }

    /** A report about the unit, received at 9:00 on the day, to be answered by {@code due}. */
    public Draft report(long unitId, LocalDate received, LocalDate due) {
        return new Draft(unitId, received.atTime(9, 0), due);
    }

    /** Removes every test report (they have no attachments or reveals; events only if a test added some). */
    public static void removeAll(DSLContext dsl) {
        var ids = dsl.select(HOTLINE_REPORT.ID).from(HOTLINE_REPORT).where(HOTLINE_REPORT.REPORT_YEAR.eq(YEAR))
                .fetch(HOTLINE_REPORT.ID);
        dsl.deleteFrom(HOTLINE_EVENT).where(HOTLINE_EVENT.REPORT_ID.in(ids)).execute();
        dsl.deleteFrom(HOTLINE_REPORT).where(HOTLINE_REPORT.ID.in(ids)).execute();
    }
}
