package vn.camau.reform.ingest.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.OFFICER;
import static vn.camau.reform.jooq.Tables.PROCEDURE_FIELD;

import java.util.Collection;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import vn.camau.reform.adminunit.UnitRef;
import vn.camau.reform.ingest.OfficerEntry;
import vn.camau.reform.ingest.ProcedureEntry;

/** What an import of procedures or officers compares its rows with: the stored rows and the codes they name. */
@Repository
public class ImportLookupQuery {

    /** A stored officer, with the path of their unit for the scope check. */
    public record StoredOfficer(long id, String unitPath, OfficerEntry entry) {
    }

    private final DSLContext dsl;

    ImportLookupQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether the unit is the top of the tree (the province), whose administrators keep the catalogue. */
    public boolean isTopUnit(long unitId) {
        return dsl.fetchExists(ADMIN_UNIT, ADMIN_UNIT.ID.eq(unitId), ADMIN_UNIT.PARENT_ID.isNull());
    }

    /** Field code → id: a score of rows. */
    public Map<String, Long> procedureFields() {
        return dsl.select(PROCEDURE_FIELD.CODE, PROCEDURE_FIELD.ID).from(PROCEDURE_FIELD)
                .fetchMap(PROCEDURE_FIELD.CODE, PROCEDURE_FIELD.ID);
    }

    public Map<String, ProcedureEntry> procedures(Collection<String> codes) {
        var p = CATALOG_PROCEDURE;
        return dsl.select(p.CODE, p.NAME, p.FIELD_ID, p.RESOLVING_LEVEL, p.STATUTORY_LIMIT, p.REDUCED_LIMIT,
                        p.TIME_UNIT, p.FEE, p.FULLY_ONLINE, p.SAME_DAY, p.ACTIVE)
                .from(p).where(p.CODE.in(codes))
                .fetchMap(p.CODE, Records.mapping(ProcedureEntry::new));
    }

    /** Units in force today (no end date), by code: the only kind an officer can be placed in. */
    public Map<String, UnitRef> currentUnits(Collection<String> codes) {
        return dsl.select(ADMIN_UNIT.CODE, ADMIN_UNIT.ID, ADMIN_UNIT.NAME, ADMIN_UNIT.UNIT_LEVEL, ADMIN_UNIT.PATH)
                .from(ADMIN_UNIT)
                .where(ADMIN_UNIT.CODE.in(codes), ADMIN_UNIT.VALID_TO.isNull())
                .fetchMap(r -> r.value1(), r -> new UnitRef(r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public Map<String, StoredOfficer> officers(Collection<String> codes) {
        var manager = OFFICER.as("manager");
        return dsl.select(OFFICER.ID, ADMIN_UNIT.PATH, OFFICER.CODE, OFFICER.FULL_NAME, OFFICER.UNIT_ID,
                        OFFICER.POSITION, OFFICER.ONE_STOP_DESK, OFFICER.ACTIVE, manager.CODE)
                .from(OFFICER)
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .leftJoin(manager).on(manager.ID.eq(OFFICER.MANAGER_OFFICER_ID))
                .where(OFFICER.CODE.in(codes))
                .fetchMap(r -> r.value3(), r -> new StoredOfficer(r.value1(), r.value2(),
                        new OfficerEntry(r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(),
                                r.value9())));
    }
}
