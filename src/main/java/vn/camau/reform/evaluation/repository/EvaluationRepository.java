package vn.camau.reform.evaluation.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.EVALUATION;
import static vn.camau.reform.jooq.Tables.EVALUATION_CYCLE;
import static vn.camau.reform.jooq.Tables.EVALUATION_RULE_SET;
import static vn.camau.reform.jooq.Tables.EVALUATION_STEP;
import static vn.camau.reform.jooq.Tables.OFFICER;
import static vn.camau.reform.jooq.Tables.OFFICER_DISCIPLINE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.evaluation.CycleState;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationAction;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationCycle.Progress;
import vn.camau.reform.evaluation.EvaluationState;
import vn.camau.reform.evaluation.EvaluationStep;
import vn.camau.reform.evaluation.Frequency;
import vn.camau.reform.evaluation.RatingLevel;
import vn.camau.reform.evaluation.RuleSet;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/**
 * Rule sets, cycles, ratings and their steps. A rating is readable by the officer it concerns, their
 * direct manager, and HR and leaders whose scope holds the officer's unit; the service says which of
 * these the caller is and the queries apply it.
 */
@Repository
public class EvaluationRepository {

    private static final org.jooq.Table<?> MANAGER = OFFICER.as("manager");
    private static final org.jooq.Table<?> PROPOSER = APP_USER.as("proposer");
    private static final org.jooq.Table<?> REVIEWER = APP_USER.as("reviewer");
    private static final org.jooq.Table<?> APPROVER = APP_USER.as("approver");
    private static final org.jooq.Table<?> OFFICER_UNIT = ADMIN_UNIT.as("officer_unit");

    private final DSLContext dsl;

    EvaluationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RuleSet> ruleSets() {
        return dsl.selectFrom(EVALUATION_RULE_SET).orderBy(EVALUATION_RULE_SET.VALID_FROM).fetch(r -> new RuleSet(
                r.getId(), r.getCode(), r.getName(), r.getValidFrom(), r.getValidTo(),
                EnumSet.copyOf(Arrays.stream(r.getFrequencies().split(",")).map(String::strip).map(Frequency::valueOf)
                        .toList()),
                r.getScored(), r.getGeneralMax(), r.getTaskMax(), r.getExcellentMin(), r.getGoodMin(),
                r.getCompletedMin(), r.getExcellentQuotaPercent(), r.getDisciplineCaps(), r.getAnnualDeadlineDay()));
    }

    /** Who reads: their user id, scope, and whether they are HR or a leader. */
    public record Reader(long userId, UnitScope scope, boolean hrOrLeader) {
    }

    /** The rating's readers: the officer, the manager, or HR and leaders holding the officer's unit. */
    private static Condition readableBy(Reader reader) {
        Condition own = OFFICER.USER_ID.eq(reader.userId()).or(MANAGER.field(OFFICER.USER_ID).eq(reader.userId()));
        return reader.hrOrLeader() ? own.or(ScopeCondition.within(OFFICER_UNIT.field(ADMIN_UNIT.PATH), reader.scope())) : own;
    }

    public boolean cycleExists(long unitId, Frequency frequency, LocalDate periodStart) {
        return dsl.fetchExists(EVALUATION_CYCLE, EVALUATION_CYCLE.UNIT_ID.eq(unitId),
                EVALUATION_CYCLE.FREQUENCY.eq(frequency), EVALUATION_CYCLE.PERIOD_START.eq(periodStart));
    }

    public long insertCycle(long unitId, long ruleSetId, Frequency frequency, LocalDate start, LocalDate end,
                            LocalDate selfDeadline, LocalDate approveDeadline, long userId, LocalDateTime at) {
        return dsl.insertInto(EVALUATION_CYCLE)
                .set(EVALUATION_CYCLE.UNIT_ID, unitId)
                .set(EVALUATION_CYCLE.RULE_SET_ID, ruleSetId)
                .set(EVALUATION_CYCLE.FREQUENCY, frequency)
                .set(EVALUATION_CYCLE.PERIOD_START, start)
                .set(EVALUATION_CYCLE.PERIOD_END, end)
                .set(EVALUATION_CYCLE.SELF_DEADLINE, selfDeadline)
                .set(EVALUATION_CYCLE.APPROVE_DEADLINE, approveDeadline)
                .set(EVALUATION_CYCLE.STATE, CycleState.OPEN)
                .set(EVALUATION_CYCLE.CREATED_BY, userId)
                .set(EVALUATION_CYCLE.CREATED_AT, at)
                .returningResult(EVALUATION_CYCLE.ID).fetchSingle().value1();
    }

    /** A rating for every active officer of the unit itself (not of the units below it). */
    public int insertEvaluations(long cycleId, long unitId) {
        return dsl.insertInto(EVALUATION, EVALUATION.CYCLE_ID, EVALUATION.OFFICER_ID, EVALUATION.STATE)
                .select(DSL.select(DSL.val(cycleId), OFFICER.ID,
                                DSL.val(EvaluationState.AWAITING_SELF, EVALUATION.STATE))
                        .from(OFFICER).where(OFFICER.UNIT_ID.eq(unitId), OFFICER.ACTIVE.isTrue()))
                .execute();
    }

    /** Cycles of units in the scope (and under the focus path), newest period first, with their progress. */
    public List<EvaluationCycle> cycles(UnitScope scope, String focusPath, List<RuleSet> ruleSets) {
        return cycles(ScopeCondition.within(ADMIN_UNIT.PATH, scope).and(ScopeCondition.under(ADMIN_UNIT.PATH, focusPath)), ruleSets);
    }

    /** One cycle with its progress, and the path of its unit for the caller's scope check. */
    public Optional<EvaluationCycle> cycle(long cycleId, List<RuleSet> ruleSets) {
        return cycles(EVALUATION_CYCLE.ID.eq(cycleId), ruleSets).stream().findFirst();
    }

    private List<EvaluationCycle> cycles(Condition where, List<RuleSet> ruleSets) {
        var c = EVALUATION_CYCLE;
        var e = EVALUATION;
        return dsl.select(c.ID, c.UNIT_ID, ADMIN_UNIT.NAME, c.RULE_SET_ID, c.FREQUENCY, c.PERIOD_START, c.PERIOD_END,
                        c.SELF_DEADLINE, c.APPROVE_DEADLINE, c.STATE, DSL.count(e.ID),
                        count(EvaluationState.AWAITING_SELF), count(EvaluationState.SELF_ASSESSED),
                        count(EvaluationState.PROPOSED), count(EvaluationState.REVIEWED),
                        count(EvaluationState.APPROVED))
                .from(c).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(c.UNIT_ID))
                .leftJoin(e).on(e.CYCLE_ID.eq(c.ID))
                .where(where)
                .groupBy(c.ID, c.UNIT_ID, ADMIN_UNIT.NAME, c.RULE_SET_ID, c.FREQUENCY, c.PERIOD_START, c.PERIOD_END,
                        c.SELF_DEADLINE, c.APPROVE_DEADLINE, c.STATE)
                .orderBy(c.PERIOD_START.desc(), ADMIN_UNIT.SORT_ORDER, ADMIN_UNIT.NAME)
                .fetch(r -> new EvaluationCycle(r.value1(), r.value2(), r.value3(),
                        ruleSets.stream().filter(s -> s.id() == r.value4()).findFirst().orElseThrow(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10() == CycleState.OPEN, new Progress(r.value11(), r.value12(), r.value13(), r.value14(),
                        r.value15(), r.value16())));
    }

    private static org.jooq.Field<Integer> count(EvaluationState state) {
        return DSL.count().filterWhere(EVALUATION.STATE.eq(state));
    }

    public Optional<EvaluationRow> find(long id, Reader reader) {
        return select().where(EVALUATION.ID.eq(id), readableBy(reader)).fetchOptional(EvaluationRepository::toRow);
    }

    /** The cycle's ratings the caller may read, by officer name. */
    public List<EvaluationRow> ofCycle(long cycleId, Reader reader) {
        return select().where(EVALUATION.CYCLE_ID.eq(cycleId), readableBy(reader))
                .orderBy(OFFICER.FULL_NAME, EVALUATION.ID).fetch(EvaluationRepository::toRow);
    }

    /** Every rating of the officers linked to the user, newest first. */
    public boolean anyReadable(long cycleId, Reader reader) {
        return dsl.fetchExists(select().where(EVALUATION.CYCLE_ID.eq(cycleId), readableBy(reader)));
    }

    /** Whether the user is linked to an officer record, rated or not. */
    public boolean officerLinked(long userId) {
        return dsl.fetchExists(OFFICER, OFFICER.USER_ID.eq(userId));
    }

    public List<EvaluationRow> ofUser(long userId) {
        return select().where(OFFICER.USER_ID.eq(userId))
                .orderBy(EVALUATION_CYCLE.PERIOD_START.desc()).fetch(EvaluationRepository::toRow);
    }

    /** The ratings of the officers whose direct manager is linked to the user, newest period first. */
    public List<EvaluationRow> ofManager(long userId) {
        return select().where(MANAGER.field(OFFICER.USER_ID).eq(userId))
                .orderBy(EVALUATION_CYCLE.PERIOD_START.desc(), OFFICER.FULL_NAME, EVALUATION.ID)
                .fetch(EvaluationRepository::toRow);
    }

    public void lock(long id) {
        dsl.select(EVALUATION.ID).from(EVALUATION).where(EVALUATION.ID.eq(id)).forUpdate().fetch();
    }

    public boolean selfAssess(long id, int version, BigDecimal general, BigDecimal task, RatingLevel level,
                              String comment, LocalDateTime at) {
        return dsl.update(EVALUATION)
                .set(EVALUATION.SELF_GENERAL, general).set(EVALUATION.SELF_TASK, task)
                .set(EVALUATION.SELF_LEVEL, level).set(EVALUATION.SELF_COMMENT, comment)
                .set(EVALUATION.SELF_AT, at).set(EVALUATION.STATE, EvaluationState.SELF_ASSESSED)
                .set(EVALUATION.VERSION, EVALUATION.VERSION.plus(1))
                .where(EVALUATION.ID.eq(id), EVALUATION.VERSION.eq(version)).execute() == 1;
    }

    public boolean propose(long id, int version, BigDecimal general, BigDecimal task, RatingLevel level,
                           String comment, long userId, LocalDateTime at) {
        return dsl.update(EVALUATION)
                .set(EVALUATION.PROPOSED_GENERAL, general).set(EVALUATION.PROPOSED_TASK, task)
                .set(EVALUATION.PROPOSED_LEVEL, level).set(EVALUATION.PROPOSAL_COMMENT, comment)
                .set(EVALUATION.PROPOSED_BY, userId).set(EVALUATION.PROPOSED_AT, at)
                .set(EVALUATION.STATE, EvaluationState.PROPOSED)
                .set(EVALUATION.VERSION, EVALUATION.VERSION.plus(1))
                .where(EVALUATION.ID.eq(id), EVALUATION.VERSION.eq(version)).execute() == 1;
    }

    public boolean review(long id, int version, String comment, long userId, LocalDateTime at) {
        return dsl.update(EVALUATION)
                .set(EVALUATION.REVIEW_COMMENT, comment).set(EVALUATION.REVIEWED_BY, userId)
                .set(EVALUATION.REVIEWED_AT, at).set(EVALUATION.STATE, EvaluationState.REVIEWED)
                .set(EVALUATION.VERSION, EVALUATION.VERSION.plus(1))
                .where(EVALUATION.ID.eq(id), EVALUATION.VERSION.eq(version)).execute() == 1;
    }

    public boolean approve(long id, int version, RatingLevel level, BigDecimal score, long userId, LocalDateTime at) {
        return dsl.update(EVALUATION)
                .set(EVALUATION.FINAL_LEVEL, level).set(EVALUATION.FINAL_SCORE, score)
                .set(EVALUATION.APPROVED_BY, userId).set(EVALUATION.APPROVED_AT, at)
                .set(EVALUATION.STATE, EvaluationState.APPROVED)
                .set(EVALUATION.RETURN_COMMENT, (String) null)
                .set(EVALUATION.VERSION, EVALUATION.VERSION.plus(1))
                .where(EVALUATION.ID.eq(id), EVALUATION.VERSION.eq(version)).execute() == 1;
    }

    public boolean returnTo(long id, int version, EvaluationState state, String comment) {
        return dsl.update(EVALUATION)
                .set(EVALUATION.STATE, state).set(EVALUATION.RETURN_COMMENT, comment)
                .set(EVALUATION.VERSION, EVALUATION.VERSION.plus(1))
                .where(EVALUATION.ID.eq(id), EVALUATION.VERSION.eq(version)).execute() == 1;
    }

    public void addStep(long evaluationId, EvaluationAction action, long userId, LocalDateTime at, String comment) {
        addStep(evaluationId, action, userId, at, false, comment);
    }

    /** A step; {@code withoutSelf} for a proposal made without the officer's self-assessment. */
    public void addStep(long evaluationId, EvaluationAction action, long userId, LocalDateTime at,
                        boolean withoutSelf, String comment) {
        dsl.insertInto(EVALUATION_STEP)
                .set(EVALUATION_STEP.EVALUATION_ID, evaluationId).set(EVALUATION_STEP.ACTION, action)
                .set(EVALUATION_STEP.USER_ID, userId).set(EVALUATION_STEP.ACTED_AT, at)
                .set(EVALUATION_STEP.WITHOUT_SELF, withoutSelf)
                .set(EVALUATION_STEP.COMMENT, comment).execute();
    }

    public List<EvaluationStep> steps(long evaluationId) {
        return dsl.select(EVALUATION_STEP.ACTION, APP_USER.FULL_NAME, EVALUATION_STEP.ACTED_AT,
                        EVALUATION_STEP.WITHOUT_SELF, EVALUATION_STEP.COMMENT)
                .from(EVALUATION_STEP).join(APP_USER).on(APP_USER.ID.eq(EVALUATION_STEP.USER_ID))
                .where(EVALUATION_STEP.EVALUATION_ID.eq(evaluationId))
                .orderBy(EVALUATION_STEP.ACTED_AT, EVALUATION_STEP.ID)
                .fetch(Records.mapping(EvaluationStep::new));
    }

    /** A discipline decision for the officer dated in the year. */
    public boolean disciplined(long officerId, int year) {
        return dsl.fetchExists(OFFICER_DISCIPLINE, OFFICER_DISCIPLINE.OFFICER_ID.eq(officerId),
                OFFICER_DISCIPLINE.DECIDED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /**
     * The cycle's levels for the quota: how many are approved excellent, and how many are good or
     * better counting the approved level where there is one and the proposed level elsewhere, so the
     * first "excellent" of a unit can be approved before the "good" ones are.
     */
    public QuotaBase quotaBase(long cycleId) {
        var level = DSL.coalesce(EVALUATION.FINAL_LEVEL, EVALUATION.PROPOSED_LEVEL);
        Record r = dsl.select(
                        DSL.count().filterWhere(EVALUATION.STATE.eq(EvaluationState.APPROVED)
                                .and(EVALUATION.FINAL_LEVEL.eq(RatingLevel.EXCELLENT))),
                        DSL.count().filterWhere(level.in(RatingLevel.EXCELLENT, RatingLevel.GOOD)))
                .from(EVALUATION).where(EVALUATION.CYCLE_ID.eq(cycleId))
                .fetchSingle();
        return new QuotaBase(r.get(0, Integer.class), r.get(1, Integer.class));
    }

    /** Approved excellent ratings, and ratings good or better (approved or proposed). */
    public record QuotaBase(int approvedExcellent, int goodOrBetter) {
    }

    /** The unit's path, for scope checks on a cycle's unit. */
    public Optional<String> currentUnitPath(long unitId) {
        return dsl.select(ADMIN_UNIT.PATH).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.ID.eq(unitId), ADMIN_UNIT.VALID_TO.isNull()).fetchOptional(ADMIN_UNIT.PATH);
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(EVALUATION.fields())
                .select(EVALUATION_CYCLE.UNIT_ID, EVALUATION_CYCLE.RULE_SET_ID, EVALUATION_CYCLE.PERIOD_START,
                        EVALUATION_CYCLE.PERIOD_END, EVALUATION_CYCLE.SELF_DEADLINE, EVALUATION_CYCLE.STATE,
                        OFFICER.FULL_NAME, OFFICER.POSITION,
                        OFFICER.UNIT_ID, OFFICER_UNIT.field(ADMIN_UNIT.NAME).as("officer_unit_name"),
                        OFFICER_UNIT.field(ADMIN_UNIT.PATH).as("officer_unit_path"), OFFICER.USER_ID,
                        MANAGER.field(OFFICER.FULL_NAME).as("manager_name"),
                        MANAGER.field(OFFICER.USER_ID).as("manager_user_id"),
                        PROPOSER.field(APP_USER.FULL_NAME).as("proposer_name"),
                        REVIEWER.field(APP_USER.FULL_NAME).as("reviewer_name"),
                        APPROVER.field(APP_USER.FULL_NAME).as("approver_name"))
                .from(EVALUATION)
                .join(EVALUATION_CYCLE).on(EVALUATION_CYCLE.ID.eq(EVALUATION.CYCLE_ID))
                .join(OFFICER).on(OFFICER.ID.eq(EVALUATION.OFFICER_ID))
                .join(OFFICER_UNIT).on(OFFICER_UNIT.field(ADMIN_UNIT.ID).eq(OFFICER.UNIT_ID))
                .leftJoin(MANAGER).on(MANAGER.field(OFFICER.ID).eq(OFFICER.MANAGER_OFFICER_ID))
                .leftJoin(PROPOSER).on(PROPOSER.field(APP_USER.ID).eq(EVALUATION.PROPOSED_BY))
                .leftJoin(REVIEWER).on(REVIEWER.field(APP_USER.ID).eq(EVALUATION.REVIEWED_BY))
                .leftJoin(APPROVER).on(APPROVER.field(APP_USER.ID).eq(EVALUATION.APPROVED_BY));
    }

    private static EvaluationRow toRow(Record r) {
        var e = EVALUATION;
        var cycle = new EvaluationRow.Cycle(r.get(e.CYCLE_ID), r.get(EVALUATION_CYCLE.UNIT_ID),
                r.get(EVALUATION_CYCLE.RULE_SET_ID), r.get(EVALUATION_CYCLE.PERIOD_START),
                r.get(EVALUATION_CYCLE.PERIOD_END), r.get(EVALUATION_CYCLE.SELF_DEADLINE),
                r.get(EVALUATION_CYCLE.STATE) == CycleState.OPEN);
        var self = new EvaluationRow.SelfAssessment(r.get(e.SELF_GENERAL), r.get(e.SELF_TASK), r.get(e.SELF_LEVEL),
                r.get(e.SELF_COMMENT), r.get(e.SELF_AT));
        var proposal = new EvaluationRow.Proposal(r.get(e.PROPOSED_GENERAL), r.get(e.PROPOSED_TASK),
                r.get(e.PROPOSED_LEVEL), r.get(e.PROPOSAL_COMMENT), r.get("proposer_name", String.class),
                r.get(e.PROPOSED_AT));
        var review = new Evaluation.Review(r.get(e.REVIEW_COMMENT), r.get("reviewer_name", String.class),
                r.get(e.REVIEWED_AT));
        var approval = new Evaluation.Approval(r.get(e.FINAL_LEVEL), r.get(e.FINAL_SCORE),
                r.get("approver_name", String.class), r.get(e.APPROVED_AT));
        return new EvaluationRow(r.get(e.ID), cycle, r.get(e.OFFICER_ID),
                r.get(OFFICER.FULL_NAME), r.get(OFFICER.POSITION), r.get(OFFICER.UNIT_ID),
                r.get("officer_unit_name", String.class), r.get("officer_unit_path", String.class),
                r.get(OFFICER.USER_ID), r.get("manager_name", String.class), r.get("manager_user_id", Long.class),
                r.get(e.STATE), self, proposal, review, approval, r.get(e.RETURN_COMMENT), r.get(e.VERSION));
    }
}
