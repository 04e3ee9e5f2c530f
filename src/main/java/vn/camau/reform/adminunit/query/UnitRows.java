package vn.camau.reform.adminunit.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

import vn.camau.reform.adminunit.ReportUnit;

/** The one reading of an {@code admin_unit} row into a {@link ReportUnit}, for the tree and the directory. */
final class UnitRows {

    private static final vn.camau.reform.jooq.tables.AdminUnit REPORT = ADMIN_UNIT.as("report");
    private static final vn.camau.reform.jooq.tables.AdminUnit CHILD = ADMIN_UNIT.as("child");

    /** A unit without a reporting place (none today: V4 placed them all) stands for itself. */
    private static final Field<Long> REPORT_UNIT_ID = DSL.coalesce(ADMIN_UNIT.REPORT_UNIT_ID, ADMIN_UNIT.ID)
            .as("report_unit_id");
    private static final Field<String> REPORT_PATH = DSL.coalesce(REPORT.PATH, ADMIN_UNIT.PATH).as("report_path");
    private static final Field<Integer> CHILD_COUNT = DSL.selectCount().from(CHILD)
            .where(CHILD.PARENT_ID.eq(ADMIN_UNIT.ID)).asField("child_count");

    private static final List<SelectField<?>> FIELDS = List.of(ADMIN_UNIT.ID, ADMIN_UNIT.CODE, ADMIN_UNIT.NAME,
            ADMIN_UNIT.KIND_LABEL, ADMIN_UNIT.UNIT_LEVEL, ADMIN_UNIT.PARENT_ID, ADMIN_UNIT.PATH,
            REPORT_UNIT_ID, REPORT_PATH, ADMIN_UNIT.VALID_FROM, ADMIN_UNIT.VALID_TO,
            ADMIN_UNIT.FORMER_PROVINCE_NAME, ADMIN_UNIT.SORT_ORDER, CHILD_COUNT);

    private UnitRows() {
    }

    /** Units with their reporting place and how many units sit directly below each. */
    static SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(FIELDS).from(ADMIN_UNIT).leftJoin(REPORT).on(REPORT.ID.eq(ADMIN_UNIT.REPORT_UNIT_ID));
    }

    static ReportUnit toUnit(Record r) {
        return new ReportUnit(r.get(ADMIN_UNIT.ID), r.get(ADMIN_UNIT.CODE), r.get(ADMIN_UNIT.NAME),
                r.get(ADMIN_UNIT.KIND_LABEL), r.get(ADMIN_UNIT.UNIT_LEVEL), r.get(ADMIN_UNIT.PARENT_ID),
                r.get(ADMIN_UNIT.PATH), r.get(REPORT_UNIT_ID), r.get(REPORT_PATH),
                r.get(ADMIN_UNIT.VALID_FROM), r.get(ADMIN_UNIT.VALID_TO), r.get(ADMIN_UNIT.FORMER_PROVINCE_NAME),
                r.get(ADMIN_UNIT.SORT_ORDER), r.get(CHILD_COUNT));
    }
}
