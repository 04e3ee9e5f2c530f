package vn.camau.reform.ingest.repository;

import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.ingest.OfficerEntry;
import vn.camau.reform.ingest.ProcedureEntry;

/**
 * Writes imported procedures and officers, set-based: one multi-row INSERT … ON DUPLICATE KEY UPDATE
 * per chunk, keyed by the unique code. Only rows that are new or changed reach here.
 */
@Repository
public class CatalogImportRepository {

    private final DSLContext dsl;

    CatalogImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void upsertProcedures(List<ProcedureEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var p = CATALOG_PROCEDURE;
        var insert = dsl.insertInto(p, p.CODE, p.NAME, p.SEARCH_NAME, p.FIELD_ID, p.RESOLVING_LEVEL,
                p.STATUTORY_LIMIT, p.REDUCED_LIMIT, p.TIME_UNIT, p.FEE, p.FULLY_ONLINE, p.SAME_DAY, p.ACTIVE);
        for (ProcedureEntry e : entries) {
            insert = insert.values(e.code(), e.name(), SearchText.fold(e.name()), e.fieldId(), e.resolvingLevel(),
                    e.statutoryLimit(), e.reducedLimit(), e.timeUnit(), e.fee(), e.fullyOnline(), e.sameDay(),
                    e.active());
        }
        insert.onDuplicateKeyUpdate()
                .set(p.NAME, DSL.excluded(p.NAME))
                .set(p.SEARCH_NAME, DSL.excluded(p.SEARCH_NAME))
                .set(p.FIELD_ID, DSL.excluded(p.FIELD_ID))
                .set(p.RESOLVING_LEVEL, DSL.excluded(p.RESOLVING_LEVEL))
                .set(p.STATUTORY_LIMIT, DSL.excluded(p.STATUTORY_LIMIT))
                .set(p.REDUCED_LIMIT, DSL.excluded(p.REDUCED_LIMIT))
                .set(p.TIME_UNIT, DSL.excluded(p.TIME_UNIT))
                .set(p.FEE, DSL.excluded(p.FEE))
                .set(p.FULLY_ONLINE, DSL.excluded(p.FULLY_ONLINE))
                .set(p.SAME_DAY, DSL.excluded(p.SAME_DAY))
                .set(p.ACTIVE, DSL.excluded(p.ACTIVE))
                .execute();
    }

    /** Officers without their manager links, which {@link #linkManagers} sets once every row is stored. */
    public void upsertOfficers(List<OfficerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var o = OFFICER;
        var insert = dsl.insertInto(o, o.CODE, o.FULL_NAME, o.SEARCH_NAME, o.UNIT_ID, o.POSITION, o.ONE_STOP_DESK,
                o.ACTIVE);
        for (OfficerEntry e : entries) {
            insert = insert.values(e.code(), e.fullName(), SearchText.fold(e.fullName()), e.unitId(), e.position(),
                    e.oneStopDesk(), e.active());
        }
        insert.onDuplicateKeyUpdate()
                .set(o.FULL_NAME, DSL.excluded(o.FULL_NAME))
                .set(o.SEARCH_NAME, DSL.excluded(o.SEARCH_NAME))
                .set(o.UNIT_ID, DSL.excluded(o.UNIT_ID))
                .set(o.POSITION, DSL.excluded(o.POSITION))
                .set(o.ONE_STOP_DESK, DSL.excluded(o.ONE_STOP_DESK))
                .set(o.ACTIVE, DSL.excluded(o.ACTIVE))
                .execute();
    }

    /**
     * Sets each officer's manager (code → manager code, null for none). The ids are read first:
     * MariaDB does not let an UPDATE of a table read the same table in a subquery.
     */
    public void linkManagers(Map<String, String> managerByCode) {
        if (managerByCode.isEmpty()) {
            return;
        }
        Collection<String> codes = new ArrayList<>(managerByCode.keySet());
        managerByCode.values().stream().filter(v -> v != null).forEach(codes::add);
        Map<String, Long> ids = dsl.select(OFFICER.CODE, OFFICER.ID).from(OFFICER).where(OFFICER.CODE.in(codes))
                .fetchMap(OFFICER.CODE, OFFICER.ID);
        List<Query> updates = new ArrayList<>();
        managerByCode.forEach((code, manager) -> updates.add(dsl.update(OFFICER)
                .set(OFFICER.MANAGER_OFFICER_ID, manager == null ? null : ids.get(manager))
                .where(OFFICER.ID.eq(ids.get(code)))));
        dsl.batch(updates).execute();
    }
}
