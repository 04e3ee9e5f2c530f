package vn.camau.reform.apology.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.APOLOGY_STEP;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.adminunit.UnitRef;
import vn.camau.reform.apology.Apology;
import vn.camau.reform.apology.ApologyAction;
import vn.camau.reform.apology.ApologyRules;
import vn.camau.reform.apology.ApologyState;
import vn.camau.reform.apology.ApologyStep;
import vn.camau.reform.apology.DeliveryChannel;
import vn.camau.reform.apology.PublishedApology;
import vn.camau.reform.base.db.SqlDays;
import vn.camau.reform.base.text.PersonalData;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.dossier.query.DossierConditions;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;
import vn.camau.reform.apology.ApologyFilter;

/**
 * Apologies and their workflow steps. Every read carries the caller's scope: an apology is theirs
 * when the dossier's handling unit or the agency at fault is in it.
 */
@Repository
public class ApologyRepository {

    private static final org.jooq.Table<?> HANDLING = ADMIN_UNIT.as("handling");
    private static final org.jooq.Table<?> FAULT = ADMIN_UNIT.as("fault");

    private final DSLContext dsl;

    ApologyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Under the focus path (a unit's reporting path) and inside the scope. */
    static Condition within(UnitScope scope, String focusPath) {
        var fault = ADMIN_UNIT.as("within_fault");
        return ScopeCondition.reportedIn(DOSSIER.HANDLING_UNIT_ID, scope, focusPath)
                .or(APOLOGY.UNIT_ID.in(DSL.select(fault.ID).from(fault)
                        .where(ScopeCondition.within(fault.PATH, scope), ScopeCondition.under(fault.PATH, focusPath))));
    }

    public Optional<LateDossier> findDossier(UnitScope scope, String code) {
        var handling = ADMIN_UNIT.as("handling");
        return dsl.select(DOSSIER.ID, DOSSIER.CODE, CATALOG_PROCEDURE.NAME, DOSSIER.HANDLING_UNIT_ID, handling.NAME,
                        DOSSIER.RESPONSIBLE_UNIT_ID, DOSSIER.RESPONSIBLE_STEP, DOSSIER.CHANNEL, DOSSIER.STATE,
                        DOSSIER.RECEIVED_AT, DOSSIER.DUE_DATE, DOSSIER.FINISHED_AT, DOSSIER.UNMET_DUE_DATE,
                        DOSSIER.APPLICANT_NAME, DOSSIER.APPLICANT_PHONE, DOSSIER.APPLICANT_EMAIL)
                .from(DOSSIER)
                .join(CATALOG_PROCEDURE).on(CATALOG_PROCEDURE.ID.eq(DOSSIER.PROCEDURE_ID))
                .join(handling).on(handling.ID.eq(DOSSIER.HANDLING_UNIT_ID))
                .where(DOSSIER.CODE.eq(code),
                        ScopeCondition.reportedIn(DOSSIER.HANDLING_UNIT_ID, scope, "/"))
                .fetchOptional(Records.mapping(LateDossier::new));
    }

    /** The apology of a dossier, if one was ever made (there is at most one). */
    public Optional<Long> idForDossier(long dossierId) {
        return dsl.select(APOLOGY.ID).from(APOLOGY).where(APOLOGY.DOSSIER_ID.eq(dossierId)).fetchOptional(APOLOGY.ID);
    }

    /** Locks the apology row for a transition; empty when unknown. */
    public Optional<ApologyState> lockState(long id) {
        return dsl.select(APOLOGY.STATE).from(APOLOGY).where(APOLOGY.ID.eq(id)).forUpdate()
                .fetchOptional(r -> r.value1());
    }

    public long insert(long dossierId, long faultUnitId, String reason, LocalDate originalDueDate,
                       LocalDate newDueDate, DeliveryChannel channel, boolean declaredLate, long userId,
                       LocalDateTime at) {
        return dsl.insertInto(APOLOGY)
                .set(APOLOGY.DOSSIER_ID, dossierId)
                .set(APOLOGY.UNIT_ID, faultUnitId)
                .set(APOLOGY.STATE, ApologyState.DRAFT)
                .set(APOLOGY.REASON, reason)
                .set(APOLOGY.ORIGINAL_DUE_DATE, originalDueDate)
                .set(APOLOGY.NEW_DUE_DATE, newDueDate)
                .set(APOLOGY.CHANNEL, channel)
                .set(APOLOGY.DECLARED_LATE, declaredLate)
                .set(APOLOGY.CREATED_BY, userId)
                .set(APOLOGY.CREATED_AT, at)
                .returningResult(APOLOGY.ID)
                .fetchSingle().value1();
    }

    /** Changes a draft; false when someone else changed it since {@code version} was read. */
    public boolean updateDraft(long id, int version, long faultUnitId, String reason, LocalDate newDueDate,
                               DeliveryChannel channel) {
        return dsl.update(APOLOGY)
                .set(APOLOGY.UNIT_ID, faultUnitId)
                .set(APOLOGY.REASON, reason)
                .set(APOLOGY.NEW_DUE_DATE, newDueDate)
                .set(APOLOGY.CHANNEL, channel)
                .set(APOLOGY.STATE, ApologyState.DRAFT)
                .set(APOLOGY.VERSION, APOLOGY.VERSION.plus(1))
                .where(APOLOGY.ID.eq(id), APOLOGY.VERSION.eq(version))
                .execute() == 1;
    }

    public boolean returnDraft(long id, int version, String comment) {
        return dsl.update(APOLOGY)
                .set(APOLOGY.STATE, ApologyState.RETURNED)
                .set(APOLOGY.RETURN_COMMENT, comment)
                .set(APOLOGY.VERSION, APOLOGY.VERSION.plus(1))
                .where(APOLOGY.ID.eq(id), APOLOGY.VERSION.eq(version))
                .execute() == 1;
    }

    /** The next letter number of the unit in the year; the caller holds the apology's row lock. */
    public int nextNumber(long faultUnitId, int year) {
        Integer max = dsl.select(DSL.max(APOLOGY.NUMBER_SEQ)).from(APOLOGY)
                .where(APOLOGY.UNIT_ID.eq(faultUnitId), APOLOGY.NUMBER_YEAR.eq(year))
                .forUpdate().fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public boolean approve(long id, int version, int year, int seq, String number, String signerName,
                           String signerTitle, LocalDate issuedOn, LocalDate issueDeadline) {
        return dsl.update(APOLOGY)
                .set(APOLOGY.STATE, ApologyState.APPROVED)
                .set(APOLOGY.NUMBER_YEAR, year)
                .set(APOLOGY.NUMBER_SEQ, seq)
                .set(APOLOGY.LETTER_NUMBER, number)
                .set(APOLOGY.SIGNER_NAME, signerName)
                .set(APOLOGY.SIGNER_TITLE, signerTitle)
                .set(APOLOGY.ISSUED_ON, issuedOn)
                .set(APOLOGY.ISSUE_DEADLINE, issueDeadline)
                .set(APOLOGY.RETURN_COMMENT, (String) null)
                .set(APOLOGY.VERSION, APOLOGY.VERSION.plus(1))
                .where(APOLOGY.ID.eq(id), APOLOGY.VERSION.eq(version))
                .execute() == 1;
    }

    public boolean markSent(long id, int version, DeliveryChannel channel, LocalDateTime at) {
        return dsl.update(APOLOGY)
                .set(APOLOGY.STATE, ApologyState.SENT)
                .set(APOLOGY.CHANNEL, channel)
                .set(APOLOGY.SENT_AT, at)
                .set(APOLOGY.VERSION, APOLOGY.VERSION.plus(1))
                .where(APOLOGY.ID.eq(id), APOLOGY.VERSION.eq(version))
                .execute() == 1;
    }

    public boolean markPublished(long id, int version, String where, LocalDateTime at) {
        return dsl.update(APOLOGY)
                .set(APOLOGY.STATE, ApologyState.PUBLISHED)
                .set(APOLOGY.PUBLISHED_WHERE, where)
                .set(APOLOGY.PUBLISHED_AT, at)
                .set(APOLOGY.VERSION, APOLOGY.VERSION.plus(1))
                .where(APOLOGY.ID.eq(id), APOLOGY.VERSION.eq(version))
                .execute() == 1;
    }

    /** Records a step: {@code channel} for a SENT step (else null), {@code comment} the user's own words. */
    public void addStep(long apologyId, ApologyAction action, long userId, LocalDateTime at, DeliveryChannel channel,
                        String comment) {
        dsl.insertInto(APOLOGY_STEP)
                .set(APOLOGY_STEP.APOLOGY_ID, apologyId)
                .set(APOLOGY_STEP.ACTION, action)
                .set(APOLOGY_STEP.USER_ID, userId)
                .set(APOLOGY_STEP.ACTED_AT, at)
                .set(APOLOGY_STEP.CHANNEL, channel)
                .set(APOLOGY_STEP.COMMENT, comment)
                .execute();
    }

    public List<ApologyStep> steps(long apologyId) {
        return dsl.select(APOLOGY_STEP.ACTION, APP_USER.FULL_NAME, APOLOGY_STEP.ACTED_AT, APOLOGY_STEP.CHANNEL,
                        APOLOGY_STEP.COMMENT)
                .from(APOLOGY_STEP).join(APP_USER).on(APP_USER.ID.eq(APOLOGY_STEP.USER_ID))
                .where(APOLOGY_STEP.APOLOGY_ID.eq(apologyId))
                .orderBy(APOLOGY_STEP.ACTED_AT, APOLOGY_STEP.ID)
                .fetch(Records.mapping(ApologyStep::new));
    }

    public Optional<Apology> find(UnitScope scope, long id, LocalDate today) {
        return select().where(APOLOGY.ID.eq(id), within(scope, scope.path())).fetchOptional(r -> toApology(r, today));
    }

    public int count(UnitScope scope, String focusPath, ApologyFilter f, LocalDate today) {
        return dsl.fetchCount(select().where(conditions(scope, focusPath, f, today)));
    }

    /** Newest original due date first: the latest lateness on top. */
    public List<Apology> find(UnitScope scope, String focusPath, ApologyFilter f, LocalDate today, int offset,
                              int limit) {
        return select().where(conditions(scope, focusPath, f, today))
                .orderBy(APOLOGY.ORIGINAL_DUE_DATE.desc(), APOLOGY.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> toApology(r, today));
    }

    private static Condition conditions(UnitScope scope, String focusPath, ApologyFilter f, LocalDate today) {
        Condition c = within(scope, focusPath);
        if (f.from() != null) {
            c = c.and(APOLOGY.ORIGINAL_DUE_DATE.ge(f.from()));
        }
        if (f.to() != null) {
            c = c.and(APOLOGY.ORIGINAL_DUE_DATE.le(f.to()));
        }
        if (f.state() != null) {
            c = c.and(APOLOGY.STATE.eq(f.state()));
        }
        if (f.issuedInTime() != null) {
            c = c.and(f.issuedInTime() ? APOLOGY.ISSUED_ON.le(APOLOGY.ISSUE_DEADLINE)
                    : APOLOGY.ISSUED_ON.gt(APOLOGY.ISSUE_DEADLINE));
        }
        if (f.published() != null) {
            c = c.and(f.published() ? APOLOGY.PUBLISHED_AT.isNotNull()
                    : APOLOGY.ISSUED_ON.isNotNull().and(APOLOGY.PUBLISHED_AT.isNull()));
        }
        if (f.secondMissOnly()) {
            var finishedDay = DossierConditions.finishedDay();
            c = c.and(APOLOGY.ISSUED_ON.isNotNull()).and(DOSSIER.FINISHED_AT.isNull()
                    .and(APOLOGY.NEW_DUE_DATE.lt(today)).or(finishedDay.gt(APOLOGY.NEW_DUE_DATE)));
        }
        return c;
    }

    private SelectOnConditionStep<Record> select() {
        var handling = HANDLING;
        var fault = FAULT;
        return dsl.select(APOLOGY.fields())
                .select(DOSSIER.CODE, DOSSIER.HANDLING_UNIT_ID, DOSSIER.RECEIVED_AT, DOSSIER.FINISHED_AT,
                        DOSSIER.APPLICANT_NAME, CATALOG_PROCEDURE.NAME,
                        handling.field(ADMIN_UNIT.NAME).as("handling_name"),
                        fault.field(ADMIN_UNIT.NAME).as("fault_name"), APP_USER.FULL_NAME)
                .from(APOLOGY)
                .join(DOSSIER).on(DOSSIER.ID.eq(APOLOGY.DOSSIER_ID))
                .join(CATALOG_PROCEDURE).on(CATALOG_PROCEDURE.ID.eq(DOSSIER.PROCEDURE_ID))
                .join(handling).on(handling.field(ADMIN_UNIT.ID).eq(DOSSIER.HANDLING_UNIT_ID))
                .join(fault).on(fault.field(ADMIN_UNIT.ID).eq(APOLOGY.UNIT_ID))
                .join(APP_USER).on(APP_USER.ID.eq(APOLOGY.CREATED_BY));
    }

    private static Apology toApology(Record r, LocalDate today) {
        LocalDate newDue = r.get(APOLOGY.NEW_DUE_DATE);
        var dossier = new Apology.Dossier(r.get(APOLOGY.DOSSIER_ID), r.get(DOSSIER.CODE), r.get(CATALOG_PROCEDURE.NAME),
                r.get(DOSSIER.HANDLING_UNIT_ID), r.get("handling_name", String.class),
                PersonalData.maskName(r.get(DOSSIER.APPLICANT_NAME)), r.get(DOSSIER.RECEIVED_AT));
        var letter = new Apology.Letter(r.get(APOLOGY.LETTER_NUMBER), r.get(APOLOGY.SIGNER_NAME),
                r.get(APOLOGY.SIGNER_TITLE), r.get(APOLOGY.ISSUED_ON), r.get(APOLOGY.ISSUE_DEADLINE));
        var delivery = new Apology.Delivery(r.get(APOLOGY.CHANNEL), r.get(APOLOGY.SENT_AT));
        var publication = new Apology.Publication(r.get(APOLOGY.PUBLISHED_AT), r.get(APOLOGY.PUBLISHED_WHERE));
        return new Apology(r.get(APOLOGY.ID), r.get(APOLOGY.VERSION), dossier, r.get(APOLOGY.UNIT_ID),
                r.get("fault_name", String.class), r.get(APOLOGY.STATE), r.get(APOLOGY.REASON),
                r.get(APOLOGY.ORIGINAL_DUE_DATE), newDue, r.get(APOLOGY.DECLARED_LATE), letter, delivery, publication,
                r.get(APOLOGY.RETURN_COMMENT), r.get(APP_USER.FULL_NAME), r.get(APOLOGY.CREATED_AT),
                ApologyRules.outcome(newDue, r.get(DOSSIER.FINISHED_AT), today));
    }

    /**
     * Apologies published in [from, to] for dossiers handled under the focus unit, oldest first as
     * a notice board lists them. Only masked names leave this method.
     */
    public List<PublishedApology> published(UnitScope scope, String focusPath, LocalDate from, LocalDate to) {
        var fault = ADMIN_UNIT.as("fault");
        return dsl.select(DOSSIER.CODE, CATALOG_PROCEDURE.NAME, DOSSIER.APPLICANT_NAME, APOLOGY.ORIGINAL_DUE_DATE,
                        APOLOGY.NEW_DUE_DATE, APOLOGY.REASON, fault.NAME, APOLOGY.LETTER_NUMBER, APOLOGY.ISSUED_ON,
                        APOLOGY.PUBLISHED_AT, APOLOGY.PUBLISHED_WHERE)
                .from(APOLOGY)
                .join(DOSSIER).on(DOSSIER.ID.eq(APOLOGY.DOSSIER_ID))
                .join(CATALOG_PROCEDURE).on(CATALOG_PROCEDURE.ID.eq(DOSSIER.PROCEDURE_ID))
                .join(fault).on(fault.ID.eq(APOLOGY.UNIT_ID))
                .where(SqlDays.within(APOLOGY.PUBLISHED_AT, from, to),
                        ScopeCondition.reportedIn(DOSSIER.HANDLING_UNIT_ID, scope, focusPath))
                .orderBy(APOLOGY.PUBLISHED_AT, APOLOGY.ID)
                .fetch(r -> new PublishedApology(r.value1(), r.value2(), PersonalData.maskName(r.value3()), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    /** A unit that may be named as the agency at fault: any current unit (not a former one). */
    public Optional<UnitRef> faultUnit(long unitId) {
        return dsl.select(ADMIN_UNIT.ID, ADMIN_UNIT.NAME, ADMIN_UNIT.UNIT_LEVEL, ADMIN_UNIT.PATH)
                .from(ADMIN_UNIT).where(ADMIN_UNIT.ID.eq(unitId), ADMIN_UNIT.VALID_TO.isNull())
                .fetchOptional(Records.mapping(UnitRef::new));
    }

    /**
     * The unit as an apology recorded it, current or not: a letter of a district dissolved on
     * 1 July 2025 still names that district (faultUnit accepts only today's units, for new apologies).
     */
    public Optional<UnitRef> faultUnitAsRecorded(long unitId) {
        return dsl.select(ADMIN_UNIT.ID, ADMIN_UNIT.NAME, ADMIN_UNIT.UNIT_LEVEL, ADMIN_UNIT.PATH)
                .from(ADMIN_UNIT).where(ADMIN_UNIT.ID.eq(unitId))
                .fetchOptional(Records.mapping(UnitRef::new));
    }

    /** The current province's name, for the header of an agency's letter. */
    public String provinceName() {
        return dsl.select(ADMIN_UNIT.NAME).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.UNIT_LEVEL.eq(UnitLevel.PROVINCE), ADMIN_UNIT.VALID_TO.isNull())
                .orderBy(ADMIN_UNIT.ID).limit(1).fetchSingle(ADMIN_UNIT.NAME);
    }

    /** The applicant's full name, for the letter addressed to them. */
    public String applicantName(long dossierId) {
        return dsl.select(DOSSIER.APPLICANT_NAME).from(DOSSIER).where(DOSSIER.ID.eq(dossierId))
                .fetchSingle(DOSSIER.APPLICANT_NAME);
    }
}
