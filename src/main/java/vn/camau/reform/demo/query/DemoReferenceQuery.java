package vn.camau.reform.demo.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.PROCEDURE_FIELD;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.demo.generator.DemoProcedure;
import vn.camau.reform.demo.generator.DemoReference;
import vn.camau.reform.demo.generator.DemoUnit;
import vn.camau.reform.dossier.LimitUnit;

/**
 * The reference data the generator draws from, read without a user's scope: the demo load runs at
 * start-up, before anyone signs in, and needs every unit (the services' reads are scoped to a user).
 * Both lists in id order, which the generator's determinism relies on.
 */
@Repository
public class DemoReferenceQuery {

    private final DSLContext dsl;

    DemoReferenceQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public DemoReference load() {
        List<DemoUnit> units = dsl.select(ADMIN_UNIT.ID, ADMIN_UNIT.CODE, ADMIN_UNIT.NAME, ADMIN_UNIT.UNIT_LEVEL,
                        ADMIN_UNIT.KIND_LABEL, ADMIN_UNIT.PARENT_ID, ADMIN_UNIT.VALID_FROM, ADMIN_UNIT.VALID_TO,
                        ADMIN_UNIT.FORMER_PROVINCE_CODE)
                .from(ADMIN_UNIT)
                .orderBy(ADMIN_UNIT.ID)
                .fetch(r -> new DemoUnit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
        List<DemoProcedure> procedures = dsl.select(CATALOG_PROCEDURE.ID, CATALOG_PROCEDURE.CODE,
                        CATALOG_PROCEDURE.NAME, PROCEDURE_FIELD.CODE, CATALOG_PROCEDURE.RESOLVING_LEVEL,
                        CATALOG_PROCEDURE.STATUTORY_LIMIT, CATALOG_PROCEDURE.REDUCED_LIMIT, CATALOG_PROCEDURE.TIME_UNIT,
                        CATALOG_PROCEDURE.FEE, CATALOG_PROCEDURE.FULLY_ONLINE, CATALOG_PROCEDURE.SAME_DAY)
                .from(CATALOG_PROCEDURE)
                .join(PROCEDURE_FIELD).on(PROCEDURE_FIELD.ID.eq(CATALOG_PROCEDURE.FIELD_ID))
                .where(CATALOG_PROCEDURE.ACTIVE.isTrue())
                .orderBy(CATALOG_PROCEDURE.ID)
                .fetch(r -> new DemoProcedure(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value7() != null ? r.value7() : r.value6(), r.value8() == LimitUnit.WORKING_HOUR, r.value9(),
                        r.value10(), r.value11()));
        return new DemoReference(units, procedures);
    }
}
