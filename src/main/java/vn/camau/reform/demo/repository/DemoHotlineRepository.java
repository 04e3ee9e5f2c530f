package vn.camau.reform.demo.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_STAT;
import static vn.camau.reform.jooq.Tables.HOTLINE_EVENT;
import static vn.camau.reform.jooq.Tables.HOTLINE_EVENT_CHANGE;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_ROUND;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.demo.generator.DemoHotline;
import vn.camau.reform.demo.generator.DemoHotline.AnswerRound;
import vn.camau.reform.demo.generator.DemoHotline.Event;
import vn.camau.reform.demo.generator.DemoHotline.Dossier;
import vn.camau.reform.demo.generator.DemoHotline.Officer;
import vn.camau.reform.demo.generator.DemoHotline.Report;
import vn.camau.reform.demo.generator.DemoHotline.Unit;
import vn.camau.reform.dossier.query.DossierConditions;
import vn.camau.reform.hotline.HotlineChange;

/**
 * Reads what the demo's hotline reports are about (the demo's own officers and dossiers only, so that
 * rows other tests or users added do not change the plan) and writes the reports and their history
 * straight into their tables in multi-row inserts: the workflow's checks judge today's actions, not a
 * year being recreated, and no user is signed in while the demo loads.
 */
@Repository
public class DemoHotlineRepository {

    private static final int CHUNK = 1_000;
    /** Demo officers' codes (CB-&lt;unit&gt;-&lt;nn&gt;) and dossiers' codes (H96.…) */
    private static final String DEMO_OFFICER = "CB-%";
    private static final String DEMO_DOSSIER = "H%";
    private static final String SERVICE_CENTRE = "96.TTHCC";

    private final DSLContext dsl;

    DemoHotlineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean hasReports() {
        return dsl.fetchExists(HOTLINE_REPORT);
    }

    /**
     * Current communes and provincial agencies with demo officers, in id order, weighted by the
     * dossiers they received since {@code from}'s month (the monthly counters, not the dossiers: a
     * year of them is too many rows to count at every load). The service centre, which handles none,
     * weighs what the agencies handle: every province-level dossier passes its desk.
     */
    public List<Unit> units(LocalDate from) {
        Map<Long, Integer> volume = new HashMap<>();
        dsl.select(DOSSIER_STAT.UNIT_ID, DSL.sum(DOSSIER_STAT.RECEIVED).cast(Integer.class))
                .from(DOSSIER_STAT)
                .where(DOSSIER_STAT.SLICE.eq("U"), DOSSIER_STAT.GRAIN.eq("M"),
                        DOSSIER_STAT.PERIOD_START.ge(from.withDayOfMonth(1)))
                .groupBy(DOSSIER_STAT.UNIT_ID)
                .forEach(r -> volume.put(r.value1(), r.value2() == null ? 0 : r.value2()));
        List<Unit> units = dsl.select(ADMIN_UNIT.ID, ADMIN_UNIT.CODE, ADMIN_UNIT.NAME, ADMIN_UNIT.UNIT_LEVEL)
                .from(ADMIN_UNIT)
                .where(ADMIN_UNIT.VALID_TO.isNull(),
                        ADMIN_UNIT.UNIT_LEVEL.in(UnitLevel.COMMUNE, UnitLevel.AGENCY),
                        DSL.exists(DSL.selectOne().from(OFFICER).where(OFFICER.UNIT_ID.eq(ADMIN_UNIT.ID),
                                OFFICER.CODE.like(DEMO_OFFICER), OFFICER.ACTIVE.isTrue())))
                .orderBy(ADMIN_UNIT.ID)
                .fetch(r -> new Unit(r.value1(), r.value2(), r.value3(), volume.getOrDefault(r.value1(), 0),
                        UnitLevel.COMMUNE.name().equals(r.value4())));
        double agencies = units.stream().filter(u -> !u.commune()).mapToDouble(Unit::weight).sum();
        return units.stream().map(u -> SERVICE_CENTRE.equals(u.code())
                ? new Unit(u.id(), u.code(), u.name(), agencies, false) : u).toList();
    }

    /** The active demo officers, in id order. */
    public List<Officer> officers() {
        return dsl.select(OFFICER.ID, OFFICER.UNIT_ID, OFFICER.FULL_NAME, OFFICER.ONE_STOP_DESK)
                .from(OFFICER)
                .where(OFFICER.CODE.like(DEMO_OFFICER), OFFICER.ACTIVE.isTrue())
                .orderBy(OFFICER.ID)
                .fetch(r -> new Officer(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * The demo dossiers received from {@code from} on that a citizen may call about, in id order: all
     * those unfinished on their due date (late, or still open), and about {@code sample} of those that
     * took more than a few days (every k-th id from the first received since {@code from}: demo ids
     * follow the order received). Each with the officer whose step overran or who holds it (the
     * responsible one when of the handling unit, else the handling one). Both read by index, not by
     * a scan of the year's dossiers.
     */
    public List<Dossier> dossiers(LocalDate from, int sample) {
        Map<Long, String> procedures = dsl.select(CATALOG_PROCEDURE.ID, CATALOG_PROCEDURE.NAME).from(CATALOG_PROCEDURE)
                .fetchMap(CATALOG_PROCEDURE.ID, CATALOG_PROCEDURE.NAME);
        List<Dossier> found = new ArrayList<>(select(DOSSIER.UNMET_DUE_DATE.ge(from)
                .and(DossierConditions.receivedIn(from, null)), procedures));
        Long firstId = dsl.select(DOSSIER.ID).from(DOSSIER).where(DossierConditions.receivedIn(from, null))
                .orderBy(DOSSIER.RECEIVED_AT, DOSSIER.ID).limit(1).fetchOne(DOSSIER.ID);
        Long lastId = dsl.select(DSL.max(DOSSIER.ID)).from(DOSSIER).fetchOne(0, Long.class);
        if (firstId != null && lastId != null && lastId >= firstId) {
            long every = Math.max(1, (lastId - firstId + 1) / Math.max(1, sample));
            List<Long> ids = new ArrayList<>();
            for (long id = firstId; id <= lastId; id += every) {
                ids.add(id);
            }
            // short IN lists: a long one becomes a derived table, and the primary key is not used
            for (int i = 0; i < ids.size(); i += 500) {
                found.addAll(select(DOSSIER.ID.in(ids.subList(i, Math.min(ids.size(), i + 500)))
                        .and(DOSSIER.UNMET_DUE_DATE.isNull())
                        .and(DossierConditions.receivedIn(from, null))
                        .and(DOSSIER.FINISHED_AT.isNull().or(DOSSIER.FINISHED_AT.gt(
                                DSL.localDateTimeAdd(DOSSIER.RECEIVED_AT, 4, org.jooq.DatePart.DAY)))),
                        procedures));
            }
        }
        found.sort(java.util.Comparator.comparingLong(Dossier::id));
        return found;
    }

    /**
     * The dossiers that match, alone: joined to the catalogue, the optimizer reads every dossier of
     * each procedure instead of using the index the condition offers.
     */
    private List<Dossier> select(org.jooq.Condition which, Map<Long, String> procedures) {
        return dsl.select(DOSSIER.ID, DOSSIER.CODE, DOSSIER.HANDLING_UNIT_ID, DOSSIER.PROCEDURE_ID,
                        DOSSIER.RECEIVED_AT, DOSSIER.DUE_DATE, DOSSIER.FINISHED_AT,
                        DSL.when(DOSSIER.RESPONSIBLE_UNIT_ID.eq(DOSSIER.HANDLING_UNIT_ID), DOSSIER.RESPONSIBLE_OFFICER_ID)
                                .else_(DOSSIER.HANDLING_OFFICER_ID),
                        DOSSIER.APPLICANT_NAME, DOSSIER.APPLICANT_PHONE)
                .from(DOSSIER)
                .where(which, DOSSIER.CODE.like(DEMO_DOSSIER))
                .fetch(r -> new Dossier(r.value1(), r.value2(), r.value3(), procedures.get(r.value4()), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
    }

    /** A user by login name: the demo's inspector and inspection leader. */
    public Optional<UserRef> user(String username) {
        return dsl.select(APP_USER.ID, APP_USER.FULL_NAME).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new UserRef(r.value1(), r.value2()));
    }

    public Optional<UserRef> user(long id) {
        return dsl.select(APP_USER.ID, APP_USER.FULL_NAME).from(APP_USER).where(APP_USER.ID.eq(id))
                .fetchOptional(r -> new UserRef(r.value1(), r.value2()));
    }

    public record UserRef(long id, String fullName) {
    }

    public long nextReportId() {
        return dsl.select(DSL.coalesce(DSL.max(HOTLINE_REPORT.ID), 0L)).from(HOTLINE_REPORT).fetchOne(0, Long.class) + 1;
    }

    public long nextEventId() {
        return dsl.select(DSL.coalesce(DSL.max(HOTLINE_EVENT.ID), 0L)).from(HOTLINE_EVENT).fetchOne(0, Long.class) + 1;
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
    public int insert(DemoHotline.Plan plan) {
        List<Report> reports = plan.reports();
        for (int from = 0; from < reports.size(); from += CHUNK) {
            var insert = dsl.insertInto(HOTLINE_REPORT, REPORT_FIELDS);
            for (Report r : reports.subList(from, Math.min(reports.size(), from + CHUNK))) {
                insert = insert.values(values(r));
            }
            insert.execute();
        }
        List<Event> events = plan.events();
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
        List<AnswerRound> rounds = plan.rounds();
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
}
