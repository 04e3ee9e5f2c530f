package vn.camau.reform.adminunit.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.adminunit.ReportUnit;

/** Every unit with the place its figures are reported under: what the indicators fold stat rows by. */
@Repository
public class ReportUnitQuery {

    private final DSLContext dsl;

    ReportUnitQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every unit, current and former: a few hundred rows, read to place stat rows in a tree. Only units
     * with a reporting place, as always (every unit has one since V4).
     */
    public List<ReportUnit> reportUnits() {
        return UnitRows.select(dsl).where(ADMIN_UNIT.REPORT_UNIT_ID.isNotNull()).fetch(UnitRows::toUnit);
    }

    /** What changes when a unit is added or removed: cheap enough to check on every call. */
    public record UnitSignature(int count, long maxId) {
    }

    public UnitSignature unitSignature() {
        return dsl.select(DSL.count(), DSL.max(ADMIN_UNIT.ID)).from(ADMIN_UNIT)
                .fetchSingle(r -> new UnitSignature(r.value1(), r.value2() == null ? 0 : r.value2()));
    }
}
