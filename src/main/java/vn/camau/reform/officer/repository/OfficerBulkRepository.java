package vn.camau.reform.officer.repository;

import static vn.camau.reform.jooq.Tables.OFFICER;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep8;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.jooq.tables.records.OfficerRecord;
import vn.camau.reform.officer.OfficerBulkWriter.Officer;

/** Writes {@code officer} rows in bulk for {@link vn.camau.reform.officer.OfficerBulkWriter}. */
@Repository
public class OfficerBulkRepository {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    OfficerBulkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long nextId() {
        return dsl.select(DSL.coalesce(DSL.max(OFFICER.ID), 0L)).from(OFFICER).fetchOne(0, Long.class) + 1;
    }

    public void insert(List<Officer> officers) {
        for (int from = 0; from < officers.size(); from += CHUNK) {
            InsertValuesStep8<OfficerRecord, Long, String, String, String, Long, String, Boolean, Boolean> insert =
                    dsl.insertInto(OFFICER, OFFICER.ID, OFFICER.CODE, OFFICER.FULL_NAME, OFFICER.SEARCH_NAME,
                            OFFICER.UNIT_ID, OFFICER.POSITION, OFFICER.ONE_STOP_DESK, OFFICER.ACTIVE);
            for (Officer o : officers.subList(from, Math.min(officers.size(), from + CHUNK))) {
                insert = insert.values(o.id(), o.code(), o.fullName(), SearchText.fold(o.fullName()), o.unitId(),
                        o.position(), o.oneStopDesk(), o.active());
            }
            insert.execute();
        }
    }

    public void deleteByCodePrefix(String codePrefix) {
        dsl.update(OFFICER).setNull(OFFICER.MANAGER_OFFICER_ID).where(OFFICER.CODE.startsWith(codePrefix)).execute();
        dsl.deleteFrom(OFFICER).where(OFFICER.CODE.startsWith(codePrefix)).execute();
        ClosedFigures.raise(dsl);
    }
}
