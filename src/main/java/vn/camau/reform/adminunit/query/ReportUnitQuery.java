package vn.camau.reform.adminunit.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.UnitLevel;

/** Every unit with the place its figures are reported under: what the indicators fold stat rows by. */
@Repository
public class ReportUnitQuery {

    private final DSLContext dsl;

    ReportUnitQuery(DSLContext dsl) {
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
}
