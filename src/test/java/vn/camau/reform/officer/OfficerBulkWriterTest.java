package vn.camau.reform.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;

/** The officer feature writes the demo load's officers itself: rows as given, and removed by code prefix. */
@AppTest
@Transactional
class OfficerBulkWriterTest {

    private static final String PREFIX = "ZZBULK-";

    @Autowired
    OfficerBulkWriter writer;
    @Autowired
    DSLContext dsl;

    @Test
    void writesOfficersAsGivenAndRemovesThoseOfAPrefix() {
        long unitId = dsl.select(ADMIN_UNIT.ID).from(ADMIN_UNIT).limit(1).fetchSingle().value1();
        int before = dsl.fetchCount(OFFICER);
        long id = writer.nextId();
        Long max = dsl.select(DSL.max(OFFICER.ID)).from(OFFICER).fetchOne(0, Long.class);
        assertThat(id).isEqualTo((max == null ? 0 : max) + 1);

        writer.insert(List.of(new OfficerBulkWriter.Officer(id, PREFIX + "1", "Nguyễn Thị Ánh", unitId, "Chuyên viên",
                        true, true),
                new OfficerBulkWriter.Officer(id + 1, PREFIX + "2", "Trần Văn Bình", unitId, "Lãnh đạo", false, false)));
        var first = dsl.selectFrom(OFFICER).where(OFFICER.ID.eq(id)).fetchSingle();
        assertThat(first.getCode()).isEqualTo(PREFIX + "1");
        assertThat(first.getUnitId()).isEqualTo(unitId);
        assertThat(first.getSearchName()).isEqualTo("nguyen thi anh");
        assertThat(first.getOneStopDesk()).isTrue();
        assertThat(dsl.selectFrom(OFFICER).where(OFFICER.ID.eq(id + 1)).fetchSingle().getActive()).isFalse();

        // a manager among them does not stop the removal
        dsl.update(OFFICER).set(OFFICER.MANAGER_OFFICER_ID, id).where(OFFICER.ID.eq(id + 1)).execute();
        writer.deleteByCodePrefix(PREFIX);
        assertThat(dsl.fetchCount(OFFICER, OFFICER.CODE.startsWith(PREFIX))).isZero();
        assertThat(dsl.fetchCount(OFFICER)).isEqualTo(before);
    }
}
