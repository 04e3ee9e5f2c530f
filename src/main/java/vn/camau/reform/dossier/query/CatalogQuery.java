package vn.camau.reform.dossier.query;

import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.PROCEDURE_FIELD;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.dossier.FieldInfo;
import vn.camau.reform.dossier.ProcedureInfo;

/** The procedure catalogue the dossiers and their figures are labelled with: procedures and their fields. */
@Repository
public class CatalogQuery {

    private final DSLContext dsl;

    CatalogQuery(DSLContext dsl) {
        this.dsl = dsl;
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
}
