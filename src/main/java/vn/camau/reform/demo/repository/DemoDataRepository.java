package vn.camau.reform.demo.repository;

import static vn.camau.reform.jooq.Tables.APP_SETTING;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.base.repository.ClosedFigures;

/**
 * The demo load's own bookkeeping: a database-wide lock so that two instances starting together do
 * not both load, and a marker row that says whether a load finished. The officers it creates are
 * written by the officer feature's {@link vn.camau.reform.officer.OfficerBulkWriter}.
 */
@Repository
public class DemoDataRepository {

    /** app_setting row: LOADING while a load runs, LOADED … once it has finished. */
    public static final String MARKER = "demo.data";
    private static final String LOCK_NAME = "camau_reform.demo_load";

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

    public long nextDossierId() {
        return dsl.select(DSL.coalesce(DSL.max(DOSSIER.ID), 0L)).from(DOSSIER).fetchOne(0, Long.class) + 1;
    }

    public long nextEventId() {
        return dsl.select(DSL.coalesce(DSL.max(DOSSIER_EVENT.ID), 0L)).from(DOSSIER_EVENT).fetchOne(0, Long.class) + 1;
    }
}
