package vn.camau.reform.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.evaluation.PerformanceFixture.A;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.base.ui.chart.EChart;
import vn.camau.reform.dashboard.OfficerRow;
import vn.camau.reform.evaluation.OfficerStanding;
import vn.camau.reform.evaluation.PerformanceFixture;
import vn.camau.reform.ui.KaribuTest;
import vn.camau.reform.ui.Shown;

/** The officer's performance page: cards with their formulas, rank, trend charts, the unit's table; reached from the drill-down. */
@Transactional // the views run on the test thread: what the test and the screens wrote rolls back
class OfficerPerformanceViewTest extends KaribuTest {

    static final String YEAR_2025 = "period=YEAR&from=2025-01-01&to=2025-12-31";

    @Autowired
    PerformanceFixture fixture;

    @BeforeEach
    void load() {
        fixture.load();
    }

    private static void open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
    }

    private static Div card(String className) {
        return LocatorJ._get(Div.class, spec -> spec.withClasses("kpi-card " + className));
    }

    private static String value(Div card) {
        return LocatorJ._get(card, Div.class, spec -> spec.withClasses("kpi-value")).getText();
    }

    @Test
    void hrSeesTheCardsWithTheirFormulasTheRankTheTrendsAndTheUnit() {
        loginAs("nhansu");
        open("officers/" + A, YEAR_2025);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OfficerPerformanceView.class);
        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("Hiệu quả công tác – Trần Văn An");
        assertThat(value(card("kpi-on-time"))).isEqualTo("75,00%");
        assertThat(card("kpi-on-time").getTitle().orElse("")).contains("Tỷ lệ đúng hạn = (trước hạn + đúng hạn)").endsWith("3 ÷ 4");
        assertThat(value(card("kpi-resolved"))).isEqualTo("4");
        assertThat(value(card("kpi-late"))).isEqualTo("1");
        assertThat(card("kpi-late").getClassNames()).contains("kpi-alarm");
        assertThat(value(card("kpi-apologies"))).isEqualTo("1");
        assertThat(value(card("kpi-hotline"))).isEqualTo("2");
        assertThat(card("kpi-hotline").getElement().getTextRecursively()).contains("Có cơ sở: 1");
        assertThat(card("kpi-satisfaction").getTitle().orElse("")).endsWith("3 ÷ 4");
        assertThat(value(card("kpi-rank"))).isEqualTo("5/6");
        assertThat(card("kpi-rank").getElement().getTextRecursively()).contains("hạng 5/6 trong đơn vị");

        List<EChart> charts = LocatorJ._find(EChart.class);
        assertThat(charts).extracting(EChart::getId).containsExactly(java.util.Optional.of("officer-chart-on-time"),
                java.util.Optional.of("officer-chart-problems"));
        assertThat(charts.get(0).getOption()).contains("\"type\":\"line\"").contains("T5/2025").contains("\"data\":[null,1.0,1.0,1.0,0.0,null");
        assertThat(charts.get(1).getOption()).contains("Hồ sơ trễ hạn do cán bộ").contains("Phản ánh có cơ sở");

        @SuppressWarnings("unchecked")
        Grid<OfficerStanding> unit = LocatorJ._get(Grid.class, spec -> spec.withClasses("unit-officers"));
        assertThat(GridKt._size(unit)).isEqualTo(6);
        assertThat(GridKt._get(unit, 0).officer().fullName()).isEqualTo("Lê Thị Bình");
        assertThat(GridKt._get(unit, 5).noData()).isTrue();
        // The picker keeps the period in the URL
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("from=2025-01-01").contains("to=2025-12-31");
    }

    @Test
    void theOfficerSeesTheirOwnPageAndNoColleaguesNorAnotherOfficersPage() {
        loginAs("test.perf.a");
        open("officers/" + A, YEAR_2025);
        assertThat(value(card("kpi-rank"))).isEqualTo("5/6");
        assertThat(LocatorJ._find(Grid.class)).isEmpty();
        assertThat(LocatorJ._find(EChart.class)).hasSize(2);

        loginAs("test.perf.b");
        open("officers/" + A, YEAR_2025);
        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("Không tìm thấy cán bộ");
        assertThat(LocatorJ._find(EChart.class)).isEmpty();
        loginAs("lanhdao.anxuyen");
        open("officers/" + A, YEAR_2025);
        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("Không tìm thấy cán bộ");
        open("officers/abc", "");
        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("Không tìm thấy cán bộ");
    }

    @Test
    void aMalformedPeriodFallsBackWithAMessage() {
        loginAs("nhansu");
        open("officers/" + A, "from=2025-13-45");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OfficerPerformanceView.class);
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text")).contains("ngày không hợp lệ"));
        assertThat(LocatorJ._find(EChart.class)).hasSize(2);
    }

    @Test
    void theDrillDownsOfficerRowsLeadToThePerformancePage() {
        loginAs("lanhdao.tinh");
        open("overview", "unit=" + vn.camau.reform.dossier.TestDossiers.AGENCY + "&" + YEAR_2025);
        LocatorJ._get(TabSheet.class).setSelectedIndex(3);
        @SuppressWarnings("unchecked")
        Grid<OfficerRow> officers = LocatorJ._find(Grid.class).stream()
                .filter(g -> GridKt._size(g) > 0 && GridKt._get(g, 0) instanceof OfficerRow)
                .findFirst().orElseThrow();
        int row = 0;
        while (GridKt._get(officers, row).officer().id() != A) {
            row++;
        }
        assertThat(Shown.cell(officers, GridKt._get(officers, row), "officer"))
                .containsEntry("href", "officers/" + A + "?" + YEAR_2025).containsEntry("name", "Trần Văn An");

        GridKt._clickItem(officers, row);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OfficerPerformanceView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("officers/" + A + "?" + YEAR_2025);
        assertThat(value(card("kpi-rank"))).isEqualTo("5/6");
        // and on to the officer's dossiers
        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withClasses("officer-dossiers-link")).getHref())
                .startsWith("dossiers?").contains("officer=" + A);
    }

    @Test
    void hrRecordsADisciplineDecisionOnThePageLeadersReadItTheOfficerDoesNotSeeThePanel() {
        loginAs("nhansu");
        open("officers/" + A, YEAR_2025);
        com.vaadin.flow.component.button.Button record = LocatorJ._get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withClasses("discipline-record"));
        record.click();
        var dialog = LocatorJ._get(com.vaadin.flow.component.dialog.Dialog.class);
        // Nothing chosen: refused with a message, and the dialog stays open
        LocatorJ._get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("discipline-save")).click();
        assertThat(dialog.isOpened()).isTrue();
        @SuppressWarnings("unchecked")
        var form = (com.vaadin.flow.component.combobox.ComboBox<vn.camau.reform.evaluation.DisciplineForm>)
                LocatorJ._get(dialog, com.vaadin.flow.component.combobox.ComboBox.class);
        form.setValue(vn.camau.reform.evaluation.DisciplineForm.REPRIMAND);
        LocatorJ._get(dialog, com.vaadin.flow.component.datepicker.DatePicker.class)
                .setValue(java.time.LocalDate.of(2025, 9, 15));
        LocatorJ._get(dialog, com.vaadin.flow.component.textfield.TextField.class).setValue("15/QĐ-KL");
        LocatorJ._get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("discipline-save")).click();
        assertThat(dialog.isOpened()).isFalse();
        var panel = LocatorJ._get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withClasses("discipline-panel"));
        @SuppressWarnings("unchecked")
        Grid<vn.camau.reform.evaluation.DisciplineDecision> grid = LocatorJ._get(panel, Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).decisionNumber()).isEqualTo("15/QĐ-KL");

        loginAs("lanhdao.tinh");
        open("officers/" + A, YEAR_2025);
        assertThat(LocatorJ._find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withClasses("discipline-panel"))).hasSize(1);
        assertThat(LocatorJ._find(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withClasses("discipline-record"))).isEmpty();
        loginAs("test.perf.a");
        open("officers/" + A, YEAR_2025);
        assertThat(LocatorJ._find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withClasses("discipline-panel"))).isEmpty();
    }
}
