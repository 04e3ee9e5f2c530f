package vn.camau.reform.demo.repository;

import static vn.camau.reform.jooq.Tables.APP_SETTING;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep8;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.demo.generator.DemoOfficer;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.jooq.tables.records.OfficerRecord;

/**
 * The demo load's own bookkeeping: a database-wide lock so that two instances starting together do
 * not both load, a marker row that says whether a load finished, and the officers it creates.
 */
@Repository
public class DemoDataRepository {

    /** app_setting row: LOADING while a load runs, LOADED … once it has finished. */
    public static final String MARKER = "demo.data";
    private static final String LOCK_NAME = "camau_reform.demo_load";
    private static final int OFFICER_CHUNK = 1_000;

    private final DSLContext dsl;

    DemoDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Runs {@code body} while holding MariaDB's named lock (GET_LOCK), held by a connection of its own
     * for the whole run, so that the body may use as many other connections as it likes. Returns
     * empty when the lock was not obtained within {@code wait}.
     */
    public <T> Optional<T> withLoadLock(Duration wait, Supplier<T> body) {
        return dsl.connectionResult(c -> {
            var lock = DSL.using(c, dsl.dialect());
            Integer got = lock.select(DSL.field("GET_LOCK({0}, {1})", Integer.class, DSL.val(LOCK_NAME),
                    DSL.val(wait.toSeconds()))).fetchOne(0, Integer.class);
            if (got == null || got != 1) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(body.get());
            } finally {
                lock.select(DSL.field("RELEASE_LOCK({0})", Integer.class, DSL.val(LOCK_NAME))).fetch();
            }
        });
    }

    public boolean hasDossiers() {
        return dsl.fetchExists(DOSSIER);
    }

    public Optional<String> marker() {
        return dsl.select(APP_SETTING.VALUE).from(APP_SETTING).where(APP_SETTING.NAME.eq(MARKER))
                .fetchOptional(APP_SETTING.VALUE);
    }

    public void setMarker(String value) {
        dsl.insertInto(APP_SETTING)
                .set(APP_SETTING.NAME, MARKER).set(APP_SETTING.VALUE, value)
                .set(APP_SETTING.UPDATED_BY, "demo").set(APP_SETTING.UPDATED_AT, LocalDateTime.now())
                .onDuplicateKeyUpdate()
                .set(APP_SETTING.VALUE, value).set(APP_SETTING.UPDATED_AT, LocalDateTime.now())
                .execute();
        // each stage of the demo load ends here, having filled periods that are over (dossiers, apologies,
        // hotline reports): figures kept for them on any node are computed again
        ClosedFigures.raise(dsl);
    }

    public long nextOfficerId() {
        return dsl.select(DSL.coalesce(DSL.max(OFFICER.ID), 0L)).from(OFFICER).fetchOne(0, Long.class) + 1;
    }

    public long nextDossierId() {
        return dsl.select(DSL.coalesce(DSL.max(DOSSIER.ID), 0L)).from(DOSSIER).fetchOne(0, Long.class) + 1;
    }

    public long nextEventId() {
        return dsl.select(DSL.coalesce(DSL.max(DOSSIER_EVENT.ID), 0L)).from(DOSSIER_EVENT).fetchOne(0, Long.class) + 1;
    }

    public void insertOfficers(List<DemoOfficer> officers) {
        for (int from = 0; from < officers.size(); from += OFFICER_CHUNK) {
            InsertValuesStep8<OfficerRecord, Long, String, String, String, Long, String, Boolean, Boolean> insert =
                    dsl.insertInto(OFFICER, OFFICER.ID, OFFICER.CODE, OFFICER.FULL_NAME, OFFICER.SEARCH_NAME,
                            OFFICER.UNIT_ID, OFFICER.POSITION, OFFICER.ONE_STOP_DESK, OFFICER.ACTIVE);
            for (DemoOfficer o : officers.subList(from, Math.min(officers.size(), from + OFFICER_CHUNK))) {
                insert = insert.values(o.id(), o.code(), o.fullName(), SearchText.fold(o.fullName()), o.unitId(),
                        o.position(), o.oneStopDesk(), o.active());
            }
            insert.execute();
        }
    }

    /**
     * Removes the demo's officers, once each feature has removed what a load that died half-way left
     * behind (its marker still says LOADING): demo data only, since a database with the marker has only
     * ever held the demo.
     */
    public void deletePartialOfficers() {
        dsl.update(OFFICER).setNull(OFFICER.MANAGER_OFFICER_ID).where(OFFICER.CODE.startsWith("CB-")).execute();
        // the demo users linked to demo officers are let go of them: those officers are the demo's too
        dsl.deleteFrom(OFFICER).where(OFFICER.CODE.startsWith("CB-")).execute();
        ClosedFigures.raise(dsl);
    }
}
