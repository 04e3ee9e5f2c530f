package vn.camau.reform.demo.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_STAT;
import static vn.camau.reform.jooq.Tables.HOTLINE_EVENT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.demo.generator.DemoHotline.Dossier;
import vn.camau.reform.demo.generator.DemoHotline.Officer;
import vn.camau.reform.demo.generator.DemoHotline.Unit;
import vn.camau.reform.dossier.query.DossierConditions;
import vn.camau.reform.dossier.StatGrain;
import vn.camau.reform.dossier.StatSlice;

/**
 * Reads what the demo's hotline reports are about (the demo's own officers and dossiers only, so that
 * rows other tests or users added do not change the plan), without a user's scope: no one is signed in
 * while the demo loads. The reports are written through {@link vn.camau.reform.hotline.HotlineBulkWriter}.
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
                .where(DOSSIER_STAT.SLICE.eq(StatSlice.UNIT), DOSSIER_STAT.GRAIN.eq(StatGrain.MONTH),
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
                        r.value4() == UnitLevel.COMMUNE));
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
}
