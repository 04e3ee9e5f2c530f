package vn.camau.reform.dossier.repository;

import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import vn.camau.reform.dossier.DossierEventRecord;
import vn.camau.reform.dossier.DossierFacts;
import vn.camau.reform.dossier.Applicant;
import vn.camau.reform.dossier.DossierRecord;
import vn.camau.reform.dossier.ServiceFlags;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.Rating;
import vn.camau.reform.dossier.Timing;
import vn.camau.reform.dossier.Wait;

/** Writes one dossier at a time (the bulk path is {@code DossierBulkLoader}). */
@Repository
public class DossierRepository {

    private final DSLContext dsl;

    DossierRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The stored dossier's facts, row-locked until the transaction ends so counters stay exact. Its
     * stored events are read after the lock (whoever adds events holds the row lock first): the
     * times it waited for the applicant are facts too.
     */
    public Optional<DossierFacts> lockFacts(String code) {
        return dsl.select(DOSSIER.HANDLING_UNIT_ID, DOSSIER.PROCEDURE_ID, DOSSIER.HANDLING_OFFICER_ID,
                        DOSSIER.STATE, DOSSIER.CHANNEL, DOSSIER.RECEIVED_AT, DOSSIER.DUE_DATE, DOSSIER.RESOLVED_AT,
                        DOSSIER.FINISHED_AT, DOSSIER.LATE_WORKING_DAYS, DOSSIER.HAS_FEE, DOSSIER.PAID_ONLINE,
                        DOSSIER.DIGITISED, DOSSIER.RETURNED_AT_HOME, DOSSIER.RATING, DOSSIER.ONLINE_LEVEL,
                        DOSSIER.RESULT_ELECTRONIC, DOSSIER.DATA_REUSED)
                .from(DOSSIER).where(DOSSIER.CODE.eq(code))
                .forUpdate()
                .fetchOptional()
                .map(r -> toFacts(r, findEvents(code)));
    }

    private static DossierFacts toFacts(Record r, List<DossierEventRecord> events) {
        Long officer = r.get(DOSSIER.HANDLING_OFFICER_ID);
        Integer lateDays = r.get(DOSSIER.LATE_WORKING_DAYS);
        Rating rating = r.get(DOSSIER.RATING);
        LocalDate finished = day(r.get(DOSSIER.FINISHED_AT));
        return new DossierFacts(r.get(DOSSIER.HANDLING_UNIT_ID), r.get(DOSSIER.PROCEDURE_ID),
                officer == null ? 0 : officer, r.get(DOSSIER.STATE),
                r.get(DOSSIER.CHANNEL), r.get(DOSSIER.RECEIVED_AT).toLocalDate(),
                r.get(DOSSIER.DUE_DATE), day(r.get(DOSSIER.RESOLVED_AT)), finished,
                lateDays == null ? 0 : lateDays, r.get(DOSSIER.HAS_FEE), r.get(DOSSIER.PAID_ONLINE),
                r.get(DOSSIER.DIGITISED), r.get(DOSSIER.RETURNED_AT_HOME),
                rating, Wait.of(events, finished), r.get(DOSSIER.ONLINE_LEVEL), r.get(DOSSIER.RESULT_ELECTRONIC),
                r.get(DOSSIER.DATA_REUSED));
    }

    private static LocalDate day(LocalDateTime t) {
        return t == null ? null : t.toLocalDate();
    }

    /** Inserts the dossier or replaces the stored one with the same code; returns its id. */
    public long upsert(DossierRecord d) {
        Map<Field<?>, Object> values = columns(d);
        Map<Field<?>, Object> changes = new LinkedHashMap<>(values);
        changes.remove(DOSSIER.CODE);
        changes.put(DOSSIER.VERSION, DOSSIER.VERSION.plus(1));
        changes.put(DOSSIER.UPDATED_AT, LocalDateTime.now());
        dsl.insertInto(DOSSIER).set(values).onDuplicateKeyUpdate().set(changes).execute();
        return dsl.select(DOSSIER.ID).from(DOSSIER).where(DOSSIER.CODE.eq(d.code())).fetchSingle().value1();
    }

    /** Every stored column of a dossier, with the derived ones (timing, open due date) filled in. */
    static Map<Field<?>, Object> columns(DossierRecord d) {
        Timing timing = d.timing();
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(DOSSIER.CODE, d.code());
        v.put(DOSSIER.PROCEDURE_ID, d.procedureId());
        v.put(DOSSIER.RECEIVING_UNIT_ID, d.receivingUnitId());
        v.put(DOSSIER.HANDLING_UNIT_ID, d.handlingUnitId());
        v.put(DOSSIER.CHANNEL, d.channel());
        v.put(DOSSIER.STATE, d.state());
        v.put(DOSSIER.RECEIVED_AT, d.receivedAt());
        v.put(DOSSIER.APPOINTMENT_DATE, d.appointmentDate());
        v.put(DOSSIER.DUE_DATE, d.dueDate());
        v.put(DOSSIER.RESOLVED_AT, d.resolvedAt());
        v.put(DOSSIER.RETURNED_AT, d.returnedAt());
        v.put(DOSSIER.FINISHED_AT, d.finishedAt());
        v.put(DOSSIER.TIMING, timing);
        v.put(DOSSIER.LATE_WORKING_DAYS, timing == Timing.LATE ? d.lateWorkingDays() : null);
        v.put(DOSSIER.OPEN_DUE_DATE, d.openDueDate());
        v.put(DOSSIER.UNMET_DUE_DATE, d.unmetDueDate());
        v.put(DOSSIER.WAITING_NOW, d.waitingNow());
        v.put(DOSSIER.HAS_FEE, d.service().hasFee());
        v.put(DOSSIER.PAID_ONLINE, d.service().paidOnline());
        v.put(DOSSIER.DIGITISED, d.service().digitised());
        v.put(DOSSIER.ONLINE_LEVEL, d.service().onlineLevel());
        v.put(DOSSIER.RESULT_ELECTRONIC, d.service().resultElectronic());
        v.put(DOSSIER.DATA_REUSED, d.service().dataReused());
        v.put(DOSSIER.RETURNED_AT_HOME, d.service().returnedHome());
        v.put(DOSSIER.RATING, d.service().rating());
        v.put(DOSSIER.APPLICANT_NAME, d.applicant().name());
        v.put(DOSSIER.APPLICANT_PHONE, d.applicant().phone());
        v.put(DOSSIER.APPLICANT_EMAIL, d.applicant().email());
        v.put(DOSSIER.HANDLING_OFFICER_ID, d.handlingOfficerId());
        v.put(DOSSIER.RESPONSIBLE_UNIT_ID, d.responsible().unitId());
        v.put(DOSSIER.RESPONSIBLE_OFFICER_ID, d.responsible().officerId());
        v.put(DOSSIER.RESPONSIBLE_STEP, d.responsible().step());
        return v;
    }

    public List<DossierEventRecord> findEvents(String code) {
        return dsl.select(DOSSIER_EVENT.EVENT_AT, DOSSIER_EVENT.STATE, DOSSIER_EVENT.STEP_NAME, DOSSIER_EVENT.UNIT_ID,
                        DOSSIER_EVENT.OFFICER_ID, DOSSIER_EVENT.STEP_DUE_DATE, DOSSIER_EVENT.NOTE,
                        DOSSIER_EVENT.SOURCE_EVENT_ID)
                .from(DOSSIER_EVENT).join(DOSSIER).on(DOSSIER.ID.eq(DOSSIER_EVENT.DOSSIER_ID))
                .where(DOSSIER.CODE.eq(code))
                .orderBy(DOSSIER_EVENT.EVENT_AT, DOSSIER_EVENT.ID)
                .fetch(DossierRepository::toEvent);
    }

    static DossierEventRecord toEvent(org.jooq.Record8<LocalDateTime, DossierState, String, Long, Long, LocalDate, String, String> r) {
        return new DossierEventRecord(r.value1(), r.value2(), r.value3(), r.value4(),
                r.value5(), r.value6(), r.value7(), r.value8());
    }

    /** Dossiers that ever had a supplement request: the ones whose due date depends on the rule. */
    public List<String> findCodesWithSupplement() {
        return dsl.selectDistinct(DOSSIER.CODE).from(DOSSIER)
                .join(DOSSIER_EVENT).on(DOSSIER_EVENT.DOSSIER_ID.eq(DOSSIER.ID))
                .where(DOSSIER_EVENT.STATE.eq(DossierState.SUPPLEMENT_REQUESTED))
                .orderBy(DOSSIER.CODE)
                .fetch(DOSSIER.CODE);
    }

    /** The stored dossier as a write model, with its events. */
    public Optional<DossierRecord> findRecord(String code) {
        List<DossierEventRecord> events = findEvents(code);
        return dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq(code)).fetchOptional(d -> toRecord(d, events));
    }

    /** A stored row as a write model with the events given. */
    static DossierRecord toRecord(vn.camau.reform.jooq.tables.records.DossierRecord d, List<DossierEventRecord> events) {
        return new DossierRecord(
                d.getCode(), d.getProcedureId(), d.getReceivingUnitId(), d.getHandlingUnitId(),
                d.getChannel(), d.getState(), d.getReceivedAt(),
                d.getAppointmentDate(), d.getDueDate(), d.getResolvedAt(), d.getReturnedAt(), d.getFinishedAt(),
                d.getLateWorkingDays() == null ? 0 : d.getLateWorkingDays(),
                new ServiceFlags(d.getHasFee(), d.getPaidOnline(), d.getDigitised(), d.getReturnedAtHome(),
                        d.getRating(), d.getOnlineLevel(), d.getResultElectronic(), d.getDataReused()),
                new Applicant(d.getApplicantName(), d.getApplicantPhone(), d.getApplicantEmail()),
                d.getHandlingOfficerId(),
                new DossierRecord.Responsible(d.getResponsibleStep(), d.getResponsibleUnitId(),
                        d.getResponsibleOfficerId()),
                events);
    }

    /** Adds events; one already stored under the same source id is skipped, so a resend changes nothing. */
    public void addEvents(long dossierId, List<DossierEventRecord> events) {
        for (DossierEventRecord e : events) {
            dsl.insertInto(DOSSIER_EVENT)
                    .set(DOSSIER_EVENT.DOSSIER_ID, dossierId)
                    .set(DOSSIER_EVENT.EVENT_AT, e.eventAt())
                    .set(DOSSIER_EVENT.STATE, e.state())
                    .set(DOSSIER_EVENT.STEP_NAME, e.stepName())
                    .set(DOSSIER_EVENT.UNIT_ID, e.unitId())
                    .set(DOSSIER_EVENT.OFFICER_ID, e.officerId())
                    .set(DOSSIER_EVENT.STEP_DUE_DATE, e.stepDueDate())
                    .set(DOSSIER_EVENT.NOTE, e.note())
                    .set(DOSSIER_EVENT.SOURCE_EVENT_ID, e.sourceEventId())
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }
}
