package vn.camau.reform.hotline.repository;

import static vn.camau.reform.jooq.Tables.HOTLINE_ATTACHMENT;
import static vn.camau.reform.jooq.Tables.HOTLINE_EVENT;
import static vn.camau.reform.jooq.Tables.HOTLINE_EVENT_CHANGE;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REVEAL;
import static vn.camau.reform.jooq.Tables.HOTLINE_ROUND;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.hotline.HotlineBulkWriter.AnswerRound;
import vn.camau.reform.hotline.HotlineBulkWriter.Event;
import vn.camau.reform.hotline.HotlineBulkWriter.Report;
import vn.camau.reform.hotline.HotlineChange;

/**
 * Writes reports and their history straight into their tables, in multi-row inserts (reports and
 * rounds up to 1,000 rows a statement, events and changes up to 5,000: they are narrow).
 */
@Repository
public class HotlineBulkRepository {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    HotlineBulkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static final List<Field<?>> REPORT_FIELDS = List.of(HOTLINE_REPORT.ID, HOTLINE_REPORT.CODE,
            HOTLINE_REPORT.REPORT_YEAR, HOTLINE_REPORT.REPORT_SEQ, HOTLINE_REPORT.CHANNEL, HOTLINE_REPORT.RECEIVED_AT,
            HOTLINE_REPORT.ANONYMOUS, HOTLINE_REPORT.REPORTER_NAME, HOTLINE_REPORT.REPORTER_PHONE,
            HOTLINE_REPORT.REPORTER_EMAIL, HOTLINE_REPORT.CATEGORY, HOTLINE_REPORT.UNIT_ID, HOTLINE_REPORT.OFFICER_ID,
            HOTLINE_REPORT.DOSSIER_ID, HOTLINE_REPORT.DESCRIPTION, HOTLINE_REPORT.STATE, HOTLINE_REPORT.ASSIGN_DUE_DATE,
            HOTLINE_REPORT.DUE_DATE, HOTLINE_REPORT.ASSIGNED_UNIT_ID, HOTLINE_REPORT.ASSIGNEE_ID,
            HOTLINE_REPORT.ASSIGNED_AT, HOTLINE_REPORT.ANSWER_TEXT, HOTLINE_REPORT.ANSWER_CHANNEL,
            HOTLINE_REPORT.ANSWERED_AT, HOTLINE_REPORT.ANSWERED_BY, HOTLINE_REPORT.SATISFACTION,
            HOTLINE_REPORT.CONCLUSION, HOTLINE_REPORT.OFFICER_ACTION, HOTLINE_REPORT.CONCLUSION_NOTE,
            HOTLINE_REPORT.CONCLUDED_BY, HOTLINE_REPORT.CONCLUDED_AT, HOTLINE_REPORT.CLOSED_AT,
            HOTLINE_REPORT.REOPEN_COUNT, HOTLINE_REPORT.CREATED_BY, HOTLINE_REPORT.CREATED_AT,
            HOTLINE_REPORT.UPDATED_BY, HOTLINE_REPORT.UPDATED_AT, HOTLINE_REPORT.VERSION);

    /** Writes the reports, their events and answer rounds in one transaction; returns how many reports. */
    @Transactional
    public int insert(List<Report> reports, List<Event> events, List<AnswerRound> rounds) {
        for (int from = 0; from < reports.size(); from += CHUNK) {
            var insert = dsl.insertInto(HOTLINE_REPORT, REPORT_FIELDS);
            for (Report r : reports.subList(from, Math.min(reports.size(), from + CHUNK))) {
                insert = insert.values(values(r));
            }
            insert.execute();
        }
        for (int from = 0; from < events.size(); from += CHUNK * 5) {
            var insert = dsl.insertInto(HOTLINE_EVENT, HOTLINE_EVENT.ID, HOTLINE_EVENT.REPORT_ID, HOTLINE_EVENT.ACTION,
                    HOTLINE_EVENT.USER_ID, HOTLINE_EVENT.ACTED_AT, HOTLINE_EVENT.DETAILS);
            for (Event e : events.subList(from, Math.min(events.size(), from + CHUNK * 5))) {
                insert = insert.values(e.id(), e.reportId(), e.action(), e.userId(), e.actedAt(), e.details());
            }
            insert.execute();
        }
        record Fact(long eventId, HotlineChange change) {
        }
        List<Fact> changes = events.stream().flatMap(e -> e.changes().stream().map(c -> new Fact(e.id(), c))).toList();
        for (int from = 0; from < changes.size(); from += CHUNK * 5) {
            var insert = dsl.insertInto(HOTLINE_EVENT_CHANGE, HOTLINE_EVENT_CHANGE.EVENT_ID,
                    HOTLINE_EVENT_CHANGE.FIELD, HOTLINE_EVENT_CHANGE.FROM_VALUE, HOTLINE_EVENT_CHANGE.TO_VALUE);
            for (Fact f : changes.subList(from, Math.min(changes.size(), from + CHUNK * 5))) {
                insert = insert.values(f.eventId(), f.change().field(), f.change().from(), f.change().to());
            }
            insert.execute();
        }
        for (int from = 0; from < rounds.size(); from += CHUNK) {
            var insert = dsl.insertInto(HOTLINE_ROUND, HOTLINE_ROUND.REPORT_ID, HOTLINE_ROUND.ROUND_NO,
                    HOTLINE_ROUND.OPENED_AT, HOTLINE_ROUND.DUE_DATE, HOTLINE_ROUND.ANSWERED_AT,
                    HOTLINE_ROUND.SATISFACTION, HOTLINE_ROUND.SATISFACTION_AT, HOTLINE_ROUND.CONCLUSION,
                    HOTLINE_ROUND.CONCLUDED_AT, HOTLINE_ROUND.REOPENED_AT);
            for (AnswerRound r : rounds.subList(from, Math.min(rounds.size(), from + CHUNK))) {
                insert = insert.values(r.reportId(), r.roundNo(), r.openedAt(), r.dueDate(), r.answeredAt(),
                        r.satisfaction(), r.satisfactionAt(),
                        r.conclusion(), r.concludedAt(), r.reopenedAt());
            }
            insert.execute();
        }
        return reports.size();
    }

    private static List<Object> values(Report r) {
        List<Object> v = new ArrayList<>(REPORT_FIELDS.size());
        v.add(r.id());
        v.add(r.code());
        v.add(r.year());
        v.add(r.seq());
        v.add(r.channel());
        v.add(r.receivedAt());
        v.add(r.anonymous());
        v.add(r.reporterName());
        v.add(r.reporterPhone());
        v.add(r.reporterEmail());
        v.add(r.category());
        v.add(r.unitId());
        v.add(r.officerId());
        v.add(r.dossierId());
        v.add(r.description());
        v.add(r.state());
        v.add(r.assignDueDate());
        v.add(r.dueDate());
        v.add(r.assignedUnitId());
        v.add(r.assigneeId());
        v.add(r.assignedAt());
        v.add(r.answerText());
        v.add(r.answerChannel());
        v.add(r.answeredAt());
        v.add(r.answeredBy());
        v.add(r.satisfaction());
        v.add(r.conclusion());
        v.add(r.officerAction());
        v.add(r.conclusionNote());
        v.add(r.concludedBy());
        v.add(r.concludedAt());
        v.add(r.closedAt());
        v.add(r.reopenCount());
        v.add(r.createdBy());
        v.add(r.createdAt());
        v.add(r.updatedBy());
        v.add(r.updatedAt());
        v.add(r.version());
        return v;
    }

    /** Every report and what hangs off it, the report last. */
    public void deleteAll() {
        dsl.deleteFrom(HOTLINE_REVEAL).execute();
        dsl.deleteFrom(HOTLINE_ATTACHMENT).execute();
        dsl.deleteFrom(HOTLINE_EVENT).execute();
        dsl.deleteFrom(HOTLINE_ROUND).execute();
        dsl.deleteFrom(HOTLINE_REPORT).execute();
    }
}
