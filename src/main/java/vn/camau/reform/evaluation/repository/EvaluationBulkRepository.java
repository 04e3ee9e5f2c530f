package vn.camau.reform.evaluation.repository;

import static vn.camau.reform.jooq.Tables.EVALUATION;
import static vn.camau.reform.jooq.Tables.EVALUATION_CYCLE;
import static vn.camau.reform.jooq.Tables.EVALUATION_STEP;
import static vn.camau.reform.jooq.Tables.OFFICER;
import static vn.camau.reform.jooq.Tables.OFFICER_DISCIPLINE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.evaluation.EvaluationBulkWriter.Batch;
import vn.camau.reform.evaluation.EvaluationBulkWriter.Rating;
import vn.camau.reform.evaluation.EvaluationBulkWriter.Step;

/**
 * Writes managers, discipline decisions, cycles, ratings and their steps straight into their tables,
 * in multi-row inserts of up to 1,000 rows.
 */
@Repository
public class EvaluationBulkRepository {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    EvaluationBulkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes the batch in one transaction: managers, decisions, cycles, ratings, steps. */
    @Transactional
    public void insert(Batch batch) {
        setManagers(batch.managers());
        for (var d : batch.disciplines()) {
            dsl.insertInto(OFFICER_DISCIPLINE).set(OFFICER_DISCIPLINE.OFFICER_ID, d.officerId())
                    .set(OFFICER_DISCIPLINE.DECIDED_ON, d.decidedOn()).set(OFFICER_DISCIPLINE.FORM, d.form())
                    .set(OFFICER_DISCIPLINE.DECISION_NUMBER, d.decisionNumber()).set(OFFICER_DISCIPLINE.NOTE, d.note())
                    .set(OFFICER_DISCIPLINE.CREATED_BY, d.createdBy()).set(OFFICER_DISCIPLINE.CREATED_AT, d.createdAt())
                    .execute();
        }
        var cycles = batch.cycles();
        for (int from = 0; from < cycles.size(); from += CHUNK) {
            var insert = dsl.insertInto(EVALUATION_CYCLE, EVALUATION_CYCLE.ID, EVALUATION_CYCLE.UNIT_ID,
                    EVALUATION_CYCLE.RULE_SET_ID, EVALUATION_CYCLE.FREQUENCY, EVALUATION_CYCLE.PERIOD_START,
                    EVALUATION_CYCLE.PERIOD_END, EVALUATION_CYCLE.SELF_DEADLINE, EVALUATION_CYCLE.APPROVE_DEADLINE,
                    EVALUATION_CYCLE.STATE, EVALUATION_CYCLE.CREATED_BY, EVALUATION_CYCLE.CREATED_AT);
            for (var c : cycles.subList(from, Math.min(cycles.size(), from + CHUNK))) {
                insert = insert.values(c.id(), c.unitId(), c.ruleSetId(), c.frequency(), c.start(), c.end(),
                        c.selfDeadline(), c.approveDeadline(), c.state(), c.createdBy(), c.createdAt());
            }
            insert.execute();
        }
        List<Rating> ratings = batch.ratings();
        for (int from = 0; from < ratings.size(); from += CHUNK) {
            var insert = dsl.insertInto(EVALUATION, RATING_FIELDS);
            for (Rating r : ratings.subList(from, Math.min(ratings.size(), from + CHUNK))) {
                insert = insert.values(values(r));
            }
            insert.execute();
        }
        List<Step> steps = batch.steps();
        for (int from = 0; from < steps.size(); from += CHUNK) {
            var insert = dsl.insertInto(EVALUATION_STEP, EVALUATION_STEP.ID, EVALUATION_STEP.EVALUATION_ID,
                    EVALUATION_STEP.ACTION, EVALUATION_STEP.USER_ID, EVALUATION_STEP.ACTED_AT, EVALUATION_STEP.COMMENT);
            for (Step s : steps.subList(from, Math.min(steps.size(), from + CHUNK))) {
                insert = insert.values(s.id(), s.evaluationId(), s.action(), s.userId(), s.actedAt(),
                        s.comment());
            }
            insert.execute();
        }
    }

    /** One update per manager: everyone they manage at once. */
    private void setManagers(Map<Long, Long> managers) {
        Map<Long, List<Long>> byManager = new LinkedHashMap<>();
        managers.forEach((officer, manager) -> byManager.computeIfAbsent(manager, k -> new ArrayList<>()).add(officer));
        byManager.forEach((manager, staff) -> dsl.update(OFFICER).set(OFFICER.MANAGER_OFFICER_ID, manager)
                .where(OFFICER.ID.in(staff)).execute());
    }

    private static final List<Field<?>> RATING_FIELDS = List.of(EVALUATION.ID, EVALUATION.CYCLE_ID,
            EVALUATION.OFFICER_ID, EVALUATION.STATE, EVALUATION.SELF_GENERAL, EVALUATION.SELF_TASK,
            EVALUATION.SELF_LEVEL, EVALUATION.SELF_COMMENT, EVALUATION.SELF_AT, EVALUATION.PROPOSED_GENERAL,
            EVALUATION.PROPOSED_TASK, EVALUATION.PROPOSED_LEVEL, EVALUATION.PROPOSAL_COMMENT, EVALUATION.PROPOSED_BY,
            EVALUATION.PROPOSED_AT, EVALUATION.REVIEW_COMMENT, EVALUATION.REVIEWED_BY, EVALUATION.REVIEWED_AT,
            EVALUATION.FINAL_LEVEL, EVALUATION.FINAL_SCORE, EVALUATION.APPROVED_BY, EVALUATION.APPROVED_AT,
            EVALUATION.VERSION);

    private static List<Object> values(Rating r) {
        List<Object> v = new ArrayList<>(RATING_FIELDS.size());
        v.add(r.id());
        v.add(r.cycleId());
        v.add(r.officerId());
        v.add(r.state());
        v.add(r.selfGeneral());
        v.add(r.selfTask());
        v.add(r.selfLevel());
        v.add(r.selfComment());
        v.add(r.selfAt());
        v.add(r.proposedGeneral());
        v.add(r.proposedTask());
        v.add(r.proposedLevel());
        v.add(r.proposalComment());
        v.add(r.proposedBy());
        v.add(r.proposedAt());
        v.add(r.reviewComment());
        v.add(r.reviewedBy());
        v.add(r.reviewedAt());
        v.add(r.finalLevel());
        v.add(r.finalScore());
        v.add(r.approvedBy());
        v.add(r.approvedAt());
        v.add(r.version());
        return v;
    }

    /** Every step, rating, cycle and discipline decision, in that order. */
    public void deleteAll() {
        dsl.deleteFrom(EVALUATION_STEP).execute();
        dsl.deleteFrom(EVALUATION).execute();
        dsl.deleteFrom(EVALUATION_CYCLE).execute();
        dsl.deleteFrom(OFFICER_DISCIPLINE).execute();
    }
}
