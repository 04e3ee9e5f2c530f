package vn.camau.reform.adminunit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;

import vn.camau.reform.adminunit.LineageLink;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.base.ui.NotFoundView;
import vn.camau.reform.ui.KaribuTest;

/** The unit tree and unit pages obey the user's scope, also when the URL is typed by hand. */
class UnitScopeViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;

    private long currentUnitId(String code) {
        return dsl.select(ADMIN_UNIT.ID).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.CODE.eq(code), ADMIN_UNIT.VALID_TO.isNull()).fetchSingle(ADMIN_UNIT.ID);
    }

    @SuppressWarnings("unchecked")
    private static List<ReportUnit> rootRows() {
        TreeGrid<ReportUnit> grid = LocatorJ._get(TreeGrid.class);
        var provider = (HierarchicalDataProvider<ReportUnit, Object>) (Object) grid.getDataProvider();
        return provider.fetchChildren(new HierarchicalQuery<>(null, null)).toList();
    }

    @Test
    void aCommuneLeadersTreeHoldsOnlyTheirCommune() {
        loginAs("lanhdao.anxuyen");
        UI.getCurrent().navigate(UnitTreeView.class);
        assertThat(rootRows()).extracting(ReportUnit::name).containsExactly("Phường An Xuyên");

        LocatorJ._setValue(LocatorJ._get(TextField.class), "bac lieu");
        assertThat(rootRows()).isEmpty();
    }

    @Test
    void aCommuneLeaderTypingAnotherCommunesUrlSeesNothing() {
        loginAs("lanhdao.anxuyen");
        UI.getCurrent().navigate("units/" + currentUnitId("31825"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(LocatorJ._find(Grid.class)).isEmpty();

        UI.getCurrent().navigate("units/" + currentUnitId("32002"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UnitDetailView.class);
    }

    @Test
    void theProvinceLeaderFindsACommuneWithoutDiacriticsAndSeesItsLineage() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(UnitTreeView.class);
        assertThat(rootRows()).extracting(ReportUnit::name).containsExactly("Tỉnh Cà Mau");

        LocatorJ._setValue(LocatorJ._get(TextField.class), "an xuyen");
        assertThat(rootRows()).extracting(ReportUnit::name).contains("Phường An Xuyên");

        UI.getCurrent().navigate("units/" + currentUnitId("32002"));
        @SuppressWarnings("unchecked")
        Grid<LineageLink> predecessors = LocatorJ._get(Grid.class);
        assertThat(predecessors.getGenericDataView().getItems().map(LineageLink::oldName).toList())
                .contains("Phường 2");
    }

    @Test
    void anUnknownUnitLooksTheSameAsAForbiddenOne() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("units/999999");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
