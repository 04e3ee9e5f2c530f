package vn.camau.reform.dossier.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;
import static vn.camau.reform.jooq.Tables.OFFICER;
import static vn.camau.reform.jooq.Tables.PROCEDURE_FIELD;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.adminunit.query.UnitConditions;
import vn.camau.reform.base.db.SqlDays;
import vn.camau.reform.base.text.PersonalData;
import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierDates;
import vn.camau.reform.dossier.DossierDetail;
import vn.camau.reform.dossier.DossierFilter;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierSummary;
import vn.camau.reform.dossier.ServiceFlags;
import vn.camau.reform.dossier.Timing;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/** Dossier rows for the drill-down's list and the dossier page, always inside the caller's scope. */
@Repository
public class DossierQuery {

    /** The dossier page's row before the calendar turns dates into working days. */
    public record DetailRow(long id, String code, DossierDetail.Procedure procedure, String receivingUnitName,
                            String handlingUnitName, long handlingUnitId, Channel channel, DossierState state,
                            DossierDates dates, Timing timing, Integer lateWorkingDays, ServiceFlags service,
                            String applicantName, String handlingOfficerName, DossierDetail.Responsible responsible) {
    }

    /** An event row; steps are made from consecutive events. */
    public record EventRow(LocalDateTime eventAt, DossierState state, String stepName, String unitName,
                           String officerName, LocalDate stepDueDate, String note) {
    }

    private final DSLContext dsl;

    DossierQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition where(UnitScope scope, String focusPath, DossierFilter f, LocalDate today) {
        Condition c = UnitConditions.unitsIn(DOSSIER.HANDLING_UNIT_ID, scope, focusPath, f.structure())
                .and(DossierConditions.countsAsReceived());
        Condition receivedIn = DossierConditions.receivedIn(f.period().from(), f.period().to());
        Condition resolvedIn = SqlDays.within(DOSSIER.RESOLVED_AT, f.period().from(), f.period().to());
        c = c.and(switch (f.status() == null ? vn.camau.reform.dossier.DossierStatus.RECEIVED : f.status()) {
            case RECEIVED -> receivedIn;
            case EARLY -> resolvedIn.and(DOSSIER.TIMING.eq(Timing.EARLY));
            case ON_TIME -> resolvedIn.and(DOSSIER.TIMING.eq(Timing.ON_TIME));
            case LATE -> resolvedIn.and(DOSSIER.TIMING.eq(Timing.LATE));
            case OPEN -> DOSSIER.OPEN_DUE_DATE.isNotNull();
            case OVERDUE -> DOSSIER.OPEN_DUE_DATE.lt(today).and(DSL.not(DossierConditions.waitingNow()));
            case WAITING -> DOSSIER.OPEN_DUE_DATE.isNotNull().and(DossierConditions.waitingNow());
        });
        c = c.and(DossierConditions.narrowed(f.procedureId(), f.fieldId(), DOSSIER.HANDLING_OFFICER_ID, f.officerId(),
                f.channel()));
        if (f.codeText() != null && !f.codeText().isBlank()) {
            c = c.and(DOSSIER.CODE.like("%" + SearchText.likeEscaped(f.codeText().strip()) + "%", '\\'));
        }
        return c;
    }

    public int count(UnitScope scope, String focusPath, DossierFilter filter, LocalDate today) {
        return dsl.fetchCount(DOSSIER, where(scope, focusPath, filter, today));
    }

    public List<DossierSummary> find(UnitScope scope, String focusPath, DossierFilter filter, LocalDate today,
                                     int offset, int limit) {
        var handling = ADMIN_UNIT.as("handling");
        return dsl.select(DOSSIER.ID, DOSSIER.CODE, CATALOG_PROCEDURE.NAME, handling.NAME, DOSSIER.CHANNEL,
                        DOSSIER.STATE, DOSSIER.RECEIVED_AT, DOSSIER.DUE_DATE, DOSSIER.RESOLVED_AT, DOSSIER.TIMING,
                        DOSSIER.LATE_WORKING_DAYS, OFFICER.FULL_NAME, DOSSIER.APPLICANT_NAME)
                .from(DOSSIER)
                .join(CATALOG_PROCEDURE).on(CATALOG_PROCEDURE.ID.eq(DOSSIER.PROCEDURE_ID))
                .join(handling).on(handling.ID.eq(DOSSIER.HANDLING_UNIT_ID))
                .leftJoin(OFFICER).on(OFFICER.ID.eq(DOSSIER.HANDLING_OFFICER_ID))
                .where(where(scope, focusPath, filter, today))
                .orderBy(DOSSIER.RECEIVED_AT.desc(), DOSSIER.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new DossierSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
                        r.value12(), PersonalData.maskName(r.value13())));
    }

    /** A dossier by code, if its handling unit is in scope. */
    public Optional<DetailRow> findByCode(UnitScope scope, String code) {
        var receiving = ADMIN_UNIT.as("receiving");
        var handling = ADMIN_UNIT.as("handling");
        var responsible = ADMIN_UNIT.as("responsible");
        var handlingOfficer = OFFICER.as("handling_officer");
        var responsibleOfficer = OFFICER.as("responsible_officer");
        return dsl.select(DOSSIER.ID, DOSSIER.CODE, CATALOG_PROCEDURE.CODE, CATALOG_PROCEDURE.NAME,
                        PROCEDURE_FIELD.NAME, receiving.NAME, handling.NAME, DOSSIER.HANDLING_UNIT_ID,
                        DOSSIER.CHANNEL, DOSSIER.STATE, DOSSIER.RECEIVED_AT, DOSSIER.APPOINTMENT_DATE,
                        DOSSIER.DUE_DATE, DOSSIER.RESOLVED_AT, DOSSIER.RETURNED_AT, DOSSIER.FINISHED_AT,
                        DOSSIER.TIMING, DOSSIER.LATE_WORKING_DAYS, DOSSIER.HAS_FEE, DOSSIER.PAID_ONLINE,
                        DOSSIER.DIGITISED, DOSSIER.RETURNED_AT_HOME)
                .select(DOSSIER.RATING, DOSSIER.APPLICANT_NAME, handlingOfficer.FULL_NAME,
                        DOSSIER.RESPONSIBLE_STEP, responsible.NAME, responsibleOfficer.FULL_NAME)
                // after the positional reads below (24, 26, 27)
                .select(DOSSIER.ONLINE_LEVEL, DOSSIER.RESULT_ELECTRONIC, DOSSIER.DATA_REUSED)
                .from(DOSSIER)
                .join(CATALOG_PROCEDURE).on(CATALOG_PROCEDURE.ID.eq(DOSSIER.PROCEDURE_ID))
                .join(PROCEDURE_FIELD).on(PROCEDURE_FIELD.ID.eq(CATALOG_PROCEDURE.FIELD_ID))
                .join(receiving).on(receiving.ID.eq(DOSSIER.RECEIVING_UNIT_ID))
                .join(handling).on(handling.ID.eq(DOSSIER.HANDLING_UNIT_ID))
                .leftJoin(responsible).on(responsible.ID.eq(DOSSIER.RESPONSIBLE_UNIT_ID))
                .leftJoin(handlingOfficer).on(handlingOfficer.ID.eq(DOSSIER.HANDLING_OFFICER_ID))
                .leftJoin(responsibleOfficer).on(responsibleOfficer.ID.eq(DOSSIER.RESPONSIBLE_OFFICER_ID))
                .where(DOSSIER.CODE.eq(code),
                        ScopeCondition.reportedIn(DOSSIER.HANDLING_UNIT_ID, scope, "/"))
                .fetchOptional(DossierQuery::toDetail);
    }

    private static DetailRow toDetail(Record r) {
        return new DetailRow(r.get(DOSSIER.ID), r.get(DOSSIER.CODE),
                new DossierDetail.Procedure(r.get(CATALOG_PROCEDURE.CODE), r.get(CATALOG_PROCEDURE.NAME),
                        r.get(PROCEDURE_FIELD.NAME)),
                r.get(5, String.class), r.get(6, String.class), r.get(DOSSIER.HANDLING_UNIT_ID),
                r.get(DOSSIER.CHANNEL), r.get(DOSSIER.STATE),
                new DossierDates(r.get(DOSSIER.RECEIVED_AT), r.get(DOSSIER.APPOINTMENT_DATE),
                        r.get(DOSSIER.DUE_DATE), r.get(DOSSIER.RESOLVED_AT), r.get(DOSSIER.RETURNED_AT),
                        r.get(DOSSIER.FINISHED_AT)),
                r.get(DOSSIER.TIMING), r.get(DOSSIER.LATE_WORKING_DAYS),
                new ServiceFlags(r.get(DOSSIER.HAS_FEE), r.get(DOSSIER.PAID_ONLINE), r.get(DOSSIER.DIGITISED),
                        r.get(DOSSIER.RETURNED_AT_HOME), r.get(DOSSIER.RATING), r.get(DOSSIER.ONLINE_LEVEL),
                        r.get(DOSSIER.RESULT_ELECTRONIC), r.get(DOSSIER.DATA_REUSED)),
                r.get(DOSSIER.APPLICANT_NAME), r.get(24, String.class),
                new DossierDetail.Responsible(r.get(DOSSIER.RESPONSIBLE_STEP), r.get(26, String.class),
                        r.get(27, String.class)));
    }

    public Optional<Long> responsibleUnitId(long dossierId) {
        return dsl.select(DOSSIER.RESPONSIBLE_UNIT_ID).from(DOSSIER).where(DOSSIER.ID.eq(dossierId))
                .fetchOptional(DOSSIER.RESPONSIBLE_UNIT_ID);
    }

    public Optional<Long> responsibleOfficerId(long dossierId) {
        return dsl.select(DOSSIER.RESPONSIBLE_OFFICER_ID).from(DOSSIER).where(DOSSIER.ID.eq(dossierId))
                .fetchOptional(DOSSIER.RESPONSIBLE_OFFICER_ID);
    }

    public List<EventRow> events(long dossierId) {
        return dsl.select(DOSSIER_EVENT.EVENT_AT, DOSSIER_EVENT.STATE, DOSSIER_EVENT.STEP_NAME, ADMIN_UNIT.NAME,
                        OFFICER.FULL_NAME, DOSSIER_EVENT.STEP_DUE_DATE, DOSSIER_EVENT.NOTE)
                .from(DOSSIER_EVENT)
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(DOSSIER_EVENT.UNIT_ID))
                .leftJoin(OFFICER).on(OFFICER.ID.eq(DOSSIER_EVENT.OFFICER_ID))
                .where(DOSSIER_EVENT.DOSSIER_ID.eq(dossierId))
                .orderBy(DOSSIER_EVENT.EVENT_AT, DOSSIER_EVENT.ID)
                .fetch(r -> new EventRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    /**
     * Dossiers open at the end of {@code asOf} with a due date in [dueBefore, until] and not waiting for
     * the applicant then, per handling unit: "due soon" at the end of a past day, which the counters
     * cannot tell (they do not know whether a dossier due later was still open then).
     */
    public Map<Long, Long> dueSoonAt(UnitScope scope, String focusPath, UnitStructure structure,
                                     StatQuery.OpenMoment at) {
        LocalDateTime endOfDay = at.asOf().plusDays(1).atStartOfDay();
        Map<Long, Long> result = new HashMap<>();
        // A few days of due dates: the due-date index finds them; the optimizer, left alone, walks
        // the whole scope by unit instead (seconds on millions of dossiers)
        dsl.select(DOSSIER.HANDLING_UNIT_ID, DSL.count())
                .from(DOSSIER.forceIndex("ix_dossier_due_open"))
                .where(DOSSIER.DUE_DATE.between(at.dueBefore(), at.until()), DOSSIER.RECEIVED_AT.lt(endOfDay),
                        DOSSIER.FINISHED_AT.isNull().or(DOSSIER.FINISHED_AT.ge(endOfDay)),
                        DossierConditions.countsAsReceived(),
                        UnitConditions.unitsIn(DOSSIER.HANDLING_UNIT_ID, scope, focusPath, structure),
                        DSL.not(DossierConditions.waitingAt(at.asOf())))
                .groupBy(DOSSIER.HANDLING_UNIT_ID)
                .forEach(r -> result.put(r.value1(), r.value2().longValue()));
        return result;
    }

    /**
     * The dossiers waiting for the applicant now that the counters would call past due or due soon.
     *
     * @param pastDue due before today
     * @param dueSoon due in [today, until]
     */
    public record WaitingNow(long pastDue, long dueSoon) {

        public static final WaitingNow NONE = new WaitingNow(0, 0);
    }

    /** Per handling unit, read through the open-due-date index: only open dossiers due by {@code until}. */
    public Map<Long, WaitingNow> waitingNow(UnitScope scope, String focusPath, UnitStructure structure,
                                            StatQuery.OpenMoment at) {
        Map<Long, WaitingNow> result = new HashMap<>();
        dsl.select(DOSSIER.HANDLING_UNIT_ID, DSL.count().filterWhere(DOSSIER.OPEN_DUE_DATE.lt(at.dueBefore())),
                        DSL.count().filterWhere(DOSSIER.OPEN_DUE_DATE.ge(at.dueBefore())))
                .from(AlertQuery.OPEN_DUE)
                .where(DOSSIER.OPEN_DUE_DATE.le(at.until()),
                        UnitConditions.unitsIn(DOSSIER.HANDLING_UNIT_ID, scope, focusPath, structure),
                        DossierConditions.waitingNow())
                .groupBy(DOSSIER.HANDLING_UNIT_ID)
                .forEach(r -> result.put(r.value1(), new WaitingNow(r.value2(), r.value3())));
        return result;
    }
}
