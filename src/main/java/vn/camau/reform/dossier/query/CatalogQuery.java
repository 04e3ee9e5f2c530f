package vn.camau.reform.dossier.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.OFFICER;
import static vn.camau.reform.jooq.Tables.PROCEDURE_FIELD;

import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.dossier.FieldInfo;
import vn.camau.reform.dossier.OfficerInfo;
import vn.camau.reform.dossier.ProcedureInfo;
import vn.camau.reform.dossier.ReportUnit;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/** Reference data the indicators are labelled with: units, procedures, fields, officers. */
@Repository
public class CatalogQuery {

    private final DSLContext dsl;

    CatalogQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every unit, current and former: a few hundred rows, read to place stat rows in a tree. */
    public List<ReportUnit> reportUnits() {
        var report = ADMIN_UNIT.as("report");
        return dsl.select(ADMIN_UNIT.ID, ADMIN_UNIT.CODE, ADMIN_UNIT.NAME, ADMIN_UNIT.KIND_LABEL,
                        ADMIN_UNIT.UNIT_LEVEL, ADMIN_UNIT.PARENT_ID, ADMIN_UNIT.PATH, ADMIN_UNIT.REPORT_UNIT_ID,
                        report.PATH, ADMIN_UNIT.VALID_TO, ADMIN_UNIT.SORT_ORDER)
                .from(ADMIN_UNIT)
                .join(report).on(report.ID.eq(ADMIN_UNIT.REPORT_UNIT_ID))
                .fetch(r -> new ReportUnit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    /** What changes when a unit is added or removed: cheap enough to check on every call. */
    public record UnitSignature(int count, long maxId) {
    }

    public UnitSignature unitSignature() {
        return dsl.select(DSL.count(), DSL.max(ADMIN_UNIT.ID)).from(ADMIN_UNIT)
                .fetchSingle(r -> new UnitSignature(r.value1(), r.value2() == null ? 0 : r.value2()));
    }

    public List<ProcedureInfo> procedures() {
        return dsl.select(CATALOG_PROCEDURE.ID, CATALOG_PROCEDURE.CODE, CATALOG_PROCEDURE.NAME,
                        CATALOG_PROCEDURE.FIELD_ID, PROCEDURE_FIELD.NAME, CATALOG_PROCEDURE.RESOLVING_LEVEL,
                        CATALOG_PROCEDURE.STATUTORY_LIMIT, CATALOG_PROCEDURE.REDUCED_LIMIT,
                        CATALOG_PROCEDURE.TIME_UNIT, CATALOG_PROCEDURE.FEE, CATALOG_PROCEDURE.FULLY_ONLINE,
                        CATALOG_PROCEDURE.SAME_DAY)
                .from(CATALOG_PROCEDURE)
                .join(PROCEDURE_FIELD).on(PROCEDURE_FIELD.ID.eq(CATALOG_PROCEDURE.FIELD_ID))
                .orderBy(PROCEDURE_FIELD.SORT_ORDER, CATALOG_PROCEDURE.NAME)
                .fetch(r -> new ProcedureInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
    }

    /** The limit the province applies to one procedure (its reduced limit when it cut it), 0 when unknown. */
    public int effectiveLimit(long procedureId) {
        return dsl.select(DSL.coalesce(CATALOG_PROCEDURE.REDUCED_LIMIT, CATALOG_PROCEDURE.STATUTORY_LIMIT))
                .from(CATALOG_PROCEDURE).where(CATALOG_PROCEDURE.ID.eq(procedureId))
                .fetchOptional(r -> r.value1()).orElse(0);
    }

    public List<FieldInfo> fields() {
        return dsl.select(PROCEDURE_FIELD.ID, PROCEDURE_FIELD.CODE, PROCEDURE_FIELD.NAME)
                .from(PROCEDURE_FIELD)
                .orderBy(PROCEDURE_FIELD.SORT_ORDER, PROCEDURE_FIELD.NAME)
                .fetch(r -> new FieldInfo(r.value1(), r.value2(), r.value3()));
    }

    /** Officers by id, limited to units the scope may see (an officer is personal data too). */
    public List<OfficerInfo> officers(UnitScope scope, Collection<Long> ids) {
        return dsl.select(OFFICER.ID, OFFICER.CODE, OFFICER.FULL_NAME, OFFICER.UNIT_ID, ADMIN_UNIT.NAME,
                        OFFICER.POSITION, OFFICER.ONE_STOP_DESK)
                .from(OFFICER)
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .where(OFFICER.ID.in(ids), ScopeCondition.reportedIn(OFFICER.UNIT_ID, scope, "/"))
                .fetch(r -> new OfficerInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** Officers of the units below a focus, for filter pickers. */
    public List<OfficerInfo> officersUnder(UnitScope scope, String focusPath) {
        return dsl.select(OFFICER.ID, OFFICER.CODE, OFFICER.FULL_NAME, OFFICER.UNIT_ID, ADMIN_UNIT.NAME,
                        OFFICER.POSITION, OFFICER.ONE_STOP_DESK)
                .from(OFFICER)
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .where(ScopeCondition.reportedIn(OFFICER.UNIT_ID, scope, focusPath))
                .orderBy(OFFICER.FULL_NAME)
                .limit(2000)
                .fetch(r -> new OfficerInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }
}
