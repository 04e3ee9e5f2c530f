package vn.camau.reform.dossier;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.APOLOGY_STEP;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;
import static vn.camau.reform.jooq.Tables.DOSSIER_REMINDER;
import static vn.camau.reform.jooq.Tables.DOSSIER_STAT;
import static vn.camau.reform.jooq.Tables.HOTLINE_ATTACHMENT;
import static vn.camau.reform.jooq.Tables.HOTLINE_EVENT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REVEAL;
import static vn.camau.reform.jooq.Tables.OFFICER;
import static vn.camau.reform.jooq.Tables.PROCEDURE_FIELD;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.dossier.repository.DossierRepository;
import vn.camau.reform.dossier.repository.DossierStatWriter;

/**
 * Units, a procedure and dossiers that only the dossier tests use: a test agency (9001) under the
 * province, a former unit (9002, closed 30/06/2025) whose history rolls up to it, and a procedure
 * (9001) in a field of its own. Nothing here touches the seeded or demo data.
 */
@Component
public final class TestDossiers {

    public static final long AGENCY = 9001;
    public static final long FORMER = 9002;
    public static final long PROCEDURE = 9001;
    public static final long FIELD = 9001;
    /** An officer that hotline tests name; tests place it where they need it and it goes in removeAll. */
    public static final long OFFICER_ID = 9001;

    private final DSLContext dsl;
    private final DossierRepository repository;
    private final DossierStatWriter stats;

    TestDossiers(DSLContext dsl, DossierRepository repository, DossierStatWriter stats) {
        this.dsl = dsl;
        this.repository = repository;
        this.stats = stats;
    }

    public static void ensureReferenceData(DSLContext dsl) {
        dsl.insertInto(ADMIN_UNIT)
                .set(ADMIN_UNIT.ID, AGENCY).set(ADMIN_UNIT.CODE, "96.TEST").set(ADMIN_UNIT.NAME, "Sở Thử nghiệm")
                .set(ADMIN_UNIT.SEARCH_NAME, "so thu nghiem").set(ADMIN_UNIT.UNIT_LEVEL, UnitLevel.AGENCY)
                .set(ADMIN_UNIT.KIND_LABEL, "Sở").set(ADMIN_UNIT.PARENT_ID, 1L).set(ADMIN_UNIT.PATH, "/1/9001/")
                .set(ADMIN_UNIT.REPORT_UNIT_ID, AGENCY).set(ADMIN_UNIT.SORT_ORDER, 999)
                .onDuplicateKeyIgnore().execute();
        dsl.insertInto(ADMIN_UNIT)
                .set(ADMIN_UNIT.ID, FORMER).set(ADMIN_UNIT.CODE, "96.TEST.CU").set(ADMIN_UNIT.NAME, "Phòng Thử nghiệm cũ")
                .set(ADMIN_UNIT.SEARCH_NAME, "phong thu nghiem cu").set(ADMIN_UNIT.UNIT_LEVEL, UnitLevel.AGENCY)
                .set(ADMIN_UNIT.KIND_LABEL, "Phòng").set(ADMIN_UNIT.PARENT_ID, AGENCY)
                .set(ADMIN_UNIT.PATH, "/1/9001/9002/").set(ADMIN_UNIT.VALID_TO, LocalDate.of(2025, 6, 30))
                .set(ADMIN_UNIT.REPORT_UNIT_ID, AGENCY).set(ADMIN_UNIT.SORT_ORDER, 999)
                .onDuplicateKeyIgnore().execute();
        dsl.insertInto(PROCEDURE_FIELD)
                .set(PROCEDURE_FIELD.ID, FIELD).set(PROCEDURE_FIELD.CODE, "TEST").set(PROCEDURE_FIELD.NAME, "Thử nghiệm")
                .onDuplicateKeyIgnore().execute();
        dsl.insertInto(CATALOG_PROCEDURE)
                .set(CATALOG_PROCEDURE.ID, PROCEDURE).set(CATALOG_PROCEDURE.CODE, "9.999999")
                .set(CATALOG_PROCEDURE.NAME, "Thủ tục thử nghiệm").set(CATALOG_PROCEDURE.SEARCH_NAME, "thu tuc thu nghiem")
                .set(CATALOG_PROCEDURE.FIELD_ID, FIELD).set(CATALOG_PROCEDURE.RESOLVING_LEVEL, "PROVINCE")
                .set(CATALOG_PROCEDURE.STATUTORY_LIMIT, 10).set(CATALOG_PROCEDURE.FEE, 50_000L)
                .onDuplicateKeyIgnore().execute();
    }

    /** The test units, procedure and field, for a test that rolls back instead of calling {@link #reset()}. */
    public void ensureReferenceData() {
        ensureReferenceData(dsl);
    }

    /**
     * Removes every test dossier (of the test units, or of the test procedure anywhere) and takes
     * its contribution back out of the counters, as a correction would: the counters keep equal to a
     * direct count for every other test.
     */
    public void reset() {
        ensureReferenceData(dsl);
        Condition test = DOSSIER.HANDLING_UNIT_ID.in(AGENCY, FORMER).or(DOSSIER.PROCEDURE_ID.eq(PROCEDURE));
        StatBatch contributions = new StatBatch();
        for (String code : dsl.select(DOSSIER.CODE).from(DOSSIER).where(test).fetch(DOSSIER.CODE)) {
            repository.lockFacts(code).ifPresent(contributions::subtract);
        }
        stats.apply(contributions);
        var ids = dsl.select(DOSSIER.ID).from(DOSSIER).where(test);
        dsl.deleteFrom(DOSSIER_EVENT).where(DOSSIER_EVENT.DOSSIER_ID.in(ids)).execute();
        dsl.deleteFrom(DOSSIER_REMINDER).where(DOSSIER_REMINDER.DOSSIER_ID.in(ids)).execute();
        var apologies = dsl.select(APOLOGY.ID).from(APOLOGY).where(APOLOGY.DOSSIER_ID.in(ids)
                .or(APOLOGY.UNIT_ID.in(AGENCY, FORMER)));
        dsl.deleteFrom(APOLOGY_STEP).where(APOLOGY_STEP.APOLOGY_ID.in(apologies)).execute();
        dsl.deleteFrom(APOLOGY).where(APOLOGY.DOSSIER_ID.in(ids).or(APOLOGY.UNIT_ID.in(AGENCY, FORMER))).execute();
        deleteHotlineReports(ids);
        // the indicator tests' reports, about whatever unit they needed
        TestHotlineReports.removeAll(dsl);
        dsl.deleteFrom(DOSSIER).where(test).execute();
        dsl.deleteFrom(DOSSIER_STAT).where(DOSSIER_STAT.UNIT_ID.in(AGENCY, FORMER)
                .or(DOSSIER_STAT.PROCEDURE_ID.eq(PROCEDURE))).execute();
        // rows written behind the application's back: the figures kept for closed periods go too
        ClosedFigures.raise(dsl);
    }

    /** Hotline reports about the test units, the test dossiers or the test officer, with their history. */
    private void deleteHotlineReports(org.jooq.Select<? extends org.jooq.Record1<Long>> dossierIds) {
        var reports = dsl.select(HOTLINE_REPORT.ID).from(HOTLINE_REPORT).where(HOTLINE_REPORT.UNIT_ID.in(AGENCY, FORMER)
                .or(HOTLINE_REPORT.ASSIGNED_UNIT_ID.in(AGENCY, FORMER)).or(HOTLINE_REPORT.DOSSIER_ID.in(dossierIds))
                .or(HOTLINE_REPORT.OFFICER_ID.eq(OFFICER_ID))).fetch(HOTLINE_REPORT.ID);
        dsl.deleteFrom(HOTLINE_EVENT).where(HOTLINE_EVENT.REPORT_ID.in(reports)).execute();
        dsl.deleteFrom(HOTLINE_ATTACHMENT).where(HOTLINE_ATTACHMENT.REPORT_ID.in(reports)).execute();
        dsl.deleteFrom(HOTLINE_REVEAL).where(HOTLINE_REVEAL.REPORT_ID.in(reports)).execute();
        dsl.deleteFrom(HOTLINE_REPORT).where(HOTLINE_REPORT.ID.in(reports)).execute();
    }

    /**
     * Removes the test units themselves too, so that other tests (the demo generator reads every unit)
     * never meet them; call it after each test.
     */
    public void removeAll() {
        reset();
        dsl.deleteFrom(OFFICER).where(OFFICER.ID.eq(OFFICER_ID)).execute();
        dsl.deleteFrom(CATALOG_PROCEDURE).where(CATALOG_PROCEDURE.ID.eq(PROCEDURE)).execute();
        dsl.deleteFrom(PROCEDURE_FIELD).where(PROCEDURE_FIELD.ID.eq(FIELD)).execute();
        dsl.deleteFrom(ADMIN_UNIT).where(ADMIN_UNIT.ID.eq(FORMER)).execute();
        dsl.deleteFrom(ADMIN_UNIT).where(ADMIN_UNIT.ID.eq(AGENCY)).execute();
    }

    /**
     * Seven dossiers of the test agency received within the last 90 days, one of each kind a leader
     * asks about: early, on time, late by two working days, overdue, due tomorrow, on track, withdrawn.
     */
    public static void loadSeven(DossierWriteService writer, WorkingCalendar cal, LocalDate today) {
        LocalDate r = cal.workingDaysBefore(today, 30);
        LocalDate due = cal.addWorkingDays(r, 10);
        writer.save(dossier("T-EARLY", AGENCY, r, due, cal.addWorkingDays(r, 5), DossierState.RETURNED, Channel.ONLINE, 0));
        writer.save(dossier("T-ONTIME", AGENCY, r, due, due, DossierState.RESOLVED, Channel.IN_PERSON, 0));
        LocalDate lateDay = cal.addWorkingDays(due, 2);
        writer.save(dossier("T-LATE", AGENCY, r, due, lateDay, DossierState.RESOLVED, Channel.ONLINE,
                DossierTiming.workingDaysLate(cal, due, lateDay)));
        writer.save(dossier("T-OVERDUE", AGENCY, r, cal.workingDaysBefore(today, 3), null, DossierState.PROCESSING,
                Channel.ONLINE, 0));
        writer.save(dossier("T-DUESOON", AGENCY, cal.workingDaysBefore(today, 5), cal.addWorkingDays(today, 1), null,
                DossierState.PROCESSING, Channel.POSTAL, 0));
        writer.save(dossier("T-ONTRACK", AGENCY, cal.workingDaysBefore(today, 2), cal.addWorkingDays(today, 10), null,
                DossierState.PROCESSING, Channel.ONLINE, 0));
        writer.save(dossier("T-WITHDRAWN", AGENCY, r, due, null, DossierState.WITHDRAWN, Channel.IN_PERSON, 0));
    }

    /** The same dossier with these events and result delivery (the rules derive its due date from the events). */
    public static DossierRecord with(DossierRecord d, boolean returnedHome, List<DossierEventRecord> events) {
        return new DossierRecord(d.code(), d.procedureId(), d.receivingUnitId(), d.handlingUnitId(), d.channel(),
                d.state(), d.receivedAt(), d.appointmentDate(), d.dueDate(), d.resolvedAt(), d.returnedAt(),
                d.finishedAt(), d.lateWorkingDays(), new ServiceFlags(d.service().hasFee(), d.service().paidOnline(),
                        d.service().digitised(), returnedHome, d.service().rating()),
                d.applicant(), d.handlingOfficerId(), d.responsible(), events);
    }

    /** A dossier of the test procedure; resolved when {@code resolved} is given, open otherwise. */
    public static DossierRecord dossier(String code, long unitId, LocalDate received, LocalDate due, LocalDate resolved,
                                 DossierState state, Channel channel, int lateWorkingDays) {
        LocalDateTime resolvedAt = resolved == null ? null : resolved.atTime(15, 0);
        LocalDateTime finishedAt = state.isFinished() ? (resolvedAt != null ? resolvedAt : received.plusDays(1).atTime(9, 0))
                : null;
        return new DossierRecord(code, PROCEDURE, unitId, unitId, channel, state, received.atTime(8, 30), due, due,
                resolvedAt, null, finishedAt, lateWorkingDays,
                new ServiceFlags(true, channel == Channel.ONLINE, resolved != null, false,
                        resolved != null ? Rating.SATISFIED : null),
                new Applicant("Nguyễn Văn Thử", "0912345678", null), null,
                new DossierRecord.Responsible("Thẩm định", unitId, null), List.of());
    }
}
