package vn.camau.reform.evaluation.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.OFFICER;
import static vn.camau.reform.jooq.Tables.OFFICER_DISCIPLINE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import vn.camau.reform.evaluation.DisciplineDecision;
import vn.camau.reform.evaluation.DisciplineForm;

/** Discipline decisions, which HR records from the decision a competent authority signed. */
@Repository
public class DisciplineRepository {

    private final DSLContext dsl;

    DisciplineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The path of the officer's unit, for the caller's scope check. */
    public Optional<String> officerUnitPath(long officerId) {
        return dsl.select(ADMIN_UNIT.PATH).from(OFFICER).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .where(OFFICER.ID.eq(officerId)).fetchOptional(ADMIN_UNIT.PATH);
    }

    public boolean numberExists(long officerId, String decisionNumber) {
        return dsl.fetchExists(OFFICER_DISCIPLINE, OFFICER_DISCIPLINE.OFFICER_ID.eq(officerId),
                OFFICER_DISCIPLINE.DECISION_NUMBER.eq(decisionNumber));
    }

    public long insert(long officerId, LocalDate decidedOn, DisciplineForm form, String number, String note,
                       long userId, LocalDateTime at) {
        return dsl.insertInto(OFFICER_DISCIPLINE)
                .set(OFFICER_DISCIPLINE.OFFICER_ID, officerId)
                .set(OFFICER_DISCIPLINE.DECIDED_ON, decidedOn)
                .set(OFFICER_DISCIPLINE.FORM, form)
                .set(OFFICER_DISCIPLINE.DECISION_NUMBER, number)
                .set(OFFICER_DISCIPLINE.NOTE, note)
                .set(OFFICER_DISCIPLINE.CREATED_BY, userId)
                .set(OFFICER_DISCIPLINE.CREATED_AT, at)
                .returningResult(OFFICER_DISCIPLINE.ID).fetchSingle().value1();
    }

    /** The officer's decisions, newest first. */
    public List<DisciplineDecision> ofOfficer(long officerId) {
        return dsl.select(OFFICER_DISCIPLINE.ID, OFFICER_DISCIPLINE.OFFICER_ID, OFFICER_DISCIPLINE.DECIDED_ON,
                        OFFICER_DISCIPLINE.FORM, OFFICER_DISCIPLINE.DECISION_NUMBER, OFFICER_DISCIPLINE.NOTE,
                        APP_USER.FULL_NAME, OFFICER_DISCIPLINE.CREATED_AT)
                .from(OFFICER_DISCIPLINE).join(APP_USER).on(APP_USER.ID.eq(OFFICER_DISCIPLINE.CREATED_BY))
                .where(OFFICER_DISCIPLINE.OFFICER_ID.eq(officerId))
                .orderBy(OFFICER_DISCIPLINE.DECIDED_ON.desc(), OFFICER_DISCIPLINE.ID.desc())
                .fetch(r -> new DisciplineDecision(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8()));
    }
}
