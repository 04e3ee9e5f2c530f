package vn.camau.reform.adminunit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.UNIT_LINEAGE;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.camau.reform.AppTest;
import vn.camau.reform.adminunit.query.AdminUnitQuery;
import vn.camau.reform.adminunit.query.ReportUnitQuery;
import vn.camau.reform.security.UnitScope;

/** The seeded unit tree and the scope condition, against MariaDB. */
@AppTest
class AdminUnitQueryTest {

    @Autowired
    AdminUnitQuery query;
    @Autowired
    ReportUnitQuery reportUnits;
    @Autowired
    DSLContext dsl;

    private UnitScope scopeOf(String code) {
        var unit = dsl.select(ADMIN_UNIT.ID, ADMIN_UNIT.PATH).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.CODE.eq(code), ADMIN_UNIT.VALID_TO.isNull()).fetchSingle();
        return new UnitScope(unit.value1(), unit.value2());
    }

    @Test
    void theProvinceHoldsTheOfficialUnitsBeforeAndAfterJuly2025() {
        ScopeSummary province = query.summarize(scopeOf("96"));
        assertThat(province.wards()).isEqualTo(9);
        assertThat(province.communes()).isEqualTo(55);
        assertThat(province.formerDistricts()).isEqualTo(16);
        assertThat(province.formerCommunes()).isEqualTo(164);
        assertThat(province.agencies()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theTreeAndTheIndicatorsReadTheSameUnit() {
        // one record for a unit: the tree's row carries the reporting place, the directory the tree's facts
        UnitScope province = scopeOf("96");
        var directory = reportUnits.reportUnits().stream()
                .collect(java.util.stream.Collectors.toMap(ReportUnit::id, u -> u));
        List<ReportUnit> rows = query.findChildren(province, province.unitId(), true, 0, 500);
        assertThat(rows).isNotEmpty().allSatisfy(u -> assertThat(u).isEqualTo(directory.get(u.id())));
        ReportUnit formerCommune = directory.values().stream()
                .filter(u -> u.isFormer() && u.level() == UnitLevel.COMMUNE).findFirst().orElseThrow();
        assertThat(formerCommune.formerProvinceName()).isNotBlank();
        assertThat(formerCommune.reportUnitId()).isNotEqualTo(formerCommune.id());
        assertThat(query.findById(province, formerCommune.id())).contains(formerCommune);
        assertThat(directory.get(province.unitId()).childCount()).isEqualTo(
                query.countChildren(province, province.unitId(), true));
    }

    @Test
    void everyFormerCommuneHasExactlyOneUnitThatTakesItsHistory() {
        var primaries = dsl.select(UNIT_LINEAGE.OLD_UNIT_ID, DSL.count()).from(UNIT_LINEAGE)
                .where(UNIT_LINEAGE.IS_PRIMARY.isTrue()).groupBy(UNIT_LINEAGE.OLD_UNIT_ID).fetch();
        assertThat(primaries).hasSize(164).allSatisfy(r -> assertThat(r.value2()).isEqualTo(1));
    }

    @Test
    void aReusedCodeNamesTheNewUnitToday() {
        // 32002 was Phường 2 of Cà Mau city until 30/06/2025 and is Phường An Xuyên since
        ReportUnit anXuyen = query.findByCode(scopeOf("96"), "32002").orElseThrow();
        assertThat(anXuyen.name()).isEqualTo("Phường An Xuyên");
        assertThat(anXuyen.isFormer()).isFalse();
        List<LineageLink> predecessors = query.findLineage(anXuyen.id(), true);
        assertThat(predecessors).extracting(LineageLink::oldName).contains("Phường 2");
    }

    @Test
    void searchIgnoresDiacritics() {
        List<ReportUnit> found = query.search(scopeOf("96"), "an xuyen", true, 0, 10);
        assertThat(found).extracting(ReportUnit::name).contains("Phường An Xuyên");
        assertThat(query.search(scopeOf("96"), "ĐẦM DƠI", false, 0, 10)).extracting(ReportUnit::name)
                .contains("Xã Đầm Dơi");
        assertThat(query.search(scopeOf("96"), "%", true, 0, 10)).isEmpty();
    }

    @Test
    void aCommuneSeesItselfAndNeverASibling() {
        UnitScope anXuyen = scopeOf("32002");
        long bacLieu = scopeOf("31825").unitId();
        assertThat(query.findById(anXuyen, bacLieu)).isEmpty();
        assertThat(query.findByCode(anXuyen, "31825")).isEmpty();
        assertThat(query.search(anXuyen, "bac lieu", true, 0, 50)).isEmpty();
        assertThat(query.search(anXuyen, "xa", true, 0, 50)).isEmpty();
        assertThat(query.findById(anXuyen, anXuyen.unitId())).isPresent();
        assertThat(query.summarize(anXuyen)).isEqualTo(new ScopeSummary(0, 1, 0, 0, 0));
        // the province root is above the commune: out of its scope too
        assertThat(query.findById(anXuyen, scopeOf("96").unitId())).isEmpty();
    }

    @Test
    void childrenComeCurrentFirstAndFormerOnRequest() {
        UnitScope province = scopeOf("96");
        int all = query.countChildren(province, province.unitId(), true);
        int current = query.countChildren(province, province.unitId(), false);
        assertThat(all - current).isEqualTo(16);
        List<ReportUnit> first = query.findChildren(province, province.unitId(), true, 0, 200);
        assertThat(first.getFirst().isFormer()).isFalse();
        assertThat(first.getLast().level()).isEqualTo(UnitLevel.DISTRICT);
    }
}
