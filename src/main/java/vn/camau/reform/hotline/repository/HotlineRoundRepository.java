package vn.camau.reform.hotline.repository;

import static vn.camau.reform.jooq.Tables.HOTLINE_ROUND;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.Satisfaction;

/**
 * The rounds of a report's answer (V13_1__hotline_rounds.sql): the first from its reception, one more
 * per reopening. The service writes each step to the current round as well as to the report's row, so
 * the figures of a period keep the deadline, answer, satisfaction and finding it saw, whatever a later
 * reopening does to the row. The current round's number is the report's reopen count + 1.
 */
@Repository
public class HotlineRoundRepository {

    private final DSLContext dsl;

    HotlineRoundRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new round: the first at reception, or the next at a reopening. */
    public void open(long reportId, int roundNo, LocalDateTime openedAt, LocalDate dueDate) {
        dsl.insertInto(HOTLINE_ROUND)
                .set(HOTLINE_ROUND.REPORT_ID, reportId)
                .set(HOTLINE_ROUND.ROUND_NO, roundNo)
                .set(HOTLINE_ROUND.OPENED_AT, openedAt)
                .set(HOTLINE_ROUND.DUE_DATE, dueDate)
                .execute();
    }

    /** A reclassification moved the current round's deadline. */
    public void moveDue(long reportId, int roundNo, LocalDate dueDate) {
        dsl.update(HOTLINE_ROUND).set(HOTLINE_ROUND.DUE_DATE, dueDate)
                .where(HOTLINE_ROUND.REPORT_ID.eq(reportId), HOTLINE_ROUND.ROUND_NO.eq(roundNo)).execute();
    }

    public void answered(long reportId, int roundNo, LocalDateTime at) {
        dsl.update(HOTLINE_ROUND).set(HOTLINE_ROUND.ANSWERED_AT, at)
                .where(HOTLINE_ROUND.REPORT_ID.eq(reportId), HOTLINE_ROUND.ROUND_NO.eq(roundNo)).execute();
    }

    public void satisfaction(long reportId, int roundNo, Satisfaction satisfaction, LocalDateTime at) {
        dsl.update(HOTLINE_ROUND).set(HOTLINE_ROUND.SATISFACTION, satisfaction)
                .set(HOTLINE_ROUND.SATISFACTION_AT, at)
                .where(HOTLINE_ROUND.REPORT_ID.eq(reportId), HOTLINE_ROUND.ROUND_NO.eq(roundNo)).execute();
    }

    public void concluded(long reportId, int roundNo, Conclusion conclusion, LocalDateTime at) {
        dsl.update(HOTLINE_ROUND).set(HOTLINE_ROUND.CONCLUSION, conclusion)
                .set(HOTLINE_ROUND.CONCLUDED_AT, at)
                .where(HOTLINE_ROUND.REPORT_ID.eq(reportId), HOTLINE_ROUND.ROUND_NO.eq(roundNo)).execute();
    }

    /** Closes the current round at the reopening and opens the next with its own deadline. */
    public void reopen(long reportId, int currentRoundNo, LocalDateTime at, LocalDate newDueDate) {
        dsl.update(HOTLINE_ROUND).set(HOTLINE_ROUND.REOPENED_AT, at)
                .where(HOTLINE_ROUND.REPORT_ID.eq(reportId), HOTLINE_ROUND.ROUND_NO.eq(currentRoundNo)).execute();
        open(reportId, currentRoundNo + 1, at, newDueDate);
    }
}
