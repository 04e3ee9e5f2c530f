package vn.camau.reform.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.TestLogins;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dossier.risk.AtRiskDossier;
import vn.camau.reform.dossier.risk.LateRiskScoring;
import vn.camau.reform.dossier.risk.LateRiskService;
import vn.camau.reform.dossier.risk.TestRiskHistory;
import vn.camau.reform.ui.KaribuTest;
import vn.camau.reform.ui.Shown;

/** The "Nguy cơ trễ hạn" tab of the late-case alerts, the risk on the dossier page, scope and roles. */
@Transactional // the views run on the test thread: what the test wrote rolls back
class AtRiskTabTest extends KaribuTest {

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendar;
    @Autowired
    LateRiskScoring scoring;
    @Autowired
    Clock clock;
    @Autowired
    LateRiskService risks;

    @BeforeEach
    void history() {
        testDossiers.ensureReferenceData();
        LocalDate today = LocalDate.now(clock);
        TestLogins.loginAs(users, "admin");
        TestRiskHistory.load(writer, calendar.calendar(), today);
        TestLogins.logout();
        scoring.refresh(today);
    }

    private static void openTab(String unit) {
        UI.getCurrent().navigate(DossierNavigation.ALERTS, QueryParameters.fromString(
                "tab=risk" + (unit == null ? "" : "&unit=" + unit)));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AtRiskDossier> grid() {
        return LocatorJ._get(Grid.class, s -> s.withId(AtRiskPanel.GRID_ID));
    }

    private static List<AtRiskDossier> rows() {
        Grid<AtRiskDossier> grid = grid();
        List<AtRiskDossier> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    private static AtRiskPanel panel() {
        return LocatorJ._get(AtRiskPanel.class);
    }

    @Test
    void theTabListsTheRiskyDossierWithItsReasonInWordsAndLeavesOutTheLowRiskOne() {
        loginAs("lanhdao.tinh");
        openTab(String.valueOf(TestDossiers.AGENCY));
        List<AtRiskDossier> rows = rows();
        assertThat(rows).extracting(AtRiskDossier::code).containsExactly("T-RISK-HIGH");
        AtRiskDossier high = rows.getFirst();
        assertThat(high.risk().percent()).isEqualTo(50);
        assertThat(panel().reason(high)).startsWith("Bước “" + TestRiskHistory.APPRAISAL
                + "” thường mất 4 ngày làm việc; còn 2 ngày");
        // the URL keeps the tab, so a link opens it again
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsKey("tab");
    }

    @Test
    void whoMayDraftStartsTheApologyEarlyFromTheRow() {
        loginAs("lanhdao.tinh");
        openTab(String.valueOf(TestDossiers.AGENCY));
        AtRiskDossier row = rows().getFirst();
        assertThat(Shown.cell(grid(), row, "apology")).containsEntry("acts", true)
                .containsEntry("label", "Lập phiếu xin lỗi sớm");
        // the risk badge and the unit's link are drawn from the row's values too
        assertThat(Shown.cell(grid(), row, "risk")).containsEntry("risk", "50%").containsEntry("tone", "warning");
        assertThat((String) Shown.cell(grid(), row, "unit").get("unitHref")).startsWith("overview?unit=");
        Shown.call(grid(), row, "apology", "act");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("apologies/new?dossier=T-RISK-HIGH");
    }

    @Test
    void anAdministratorSeesTheRiskButMayNotDraft() {
        loginAs("admin");
        openTab(String.valueOf(TestDossiers.AGENCY));
        assertThat(rows()).extracting(AtRiskDossier::code).containsExactly("T-RISK-HIGH");
        AtRiskDossier row = rows().getFirst();
        assertThat(Shown.cell(grid(), row, "apology")).containsEntry("acts", false)
                .containsEntry("label", "Chưa có");
        // a click that reaches the server anyway opens nothing
        Shown.call(grid(), row, "apology", "act");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("alerts");
    }

    @Test
    void anotherUnitsLeaderSeesNoneOfTheAgencysDossiers() {
        loginAs("lanhdao.anxuyen");
        openTab(null);
        assertThat(rows()).noneMatch(a -> a.code().startsWith("T-RISK"));
    }

    @Test
    void aRoleWithoutTheAlertsIsDenied() {
        loginAs("nhansu");
        openTab(null);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void theDossierPageShowsTheRiskAndSaysWhenHistoryIsTooShort() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(DossierNavigation.dossier("T-RISK-HIGH"));
        assertThat(text(LocatorJ._get(Paragraph.class, s -> s.withId("late-risk"))))
                .startsWith("Nguy cơ trễ hạn 50%").contains("thường mất 4 ngày làm việc");
        LocatorJ._get(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("Lập phiếu xin lỗi sớm"));
        UI.getCurrent().navigate(DossierNavigation.dossier("T-RISK-NEW"));
        assertThat(text(LocatorJ._get(Paragraph.class, s -> s.withId("late-risk")))).startsWith("Chưa đủ lịch sử");
        UI.getCurrent().navigate(DossierNavigation.dossier("T-RISK-LOW"));
        LocatorJ._assertNone(Paragraph.class, s -> s.withId("late-risk"));
    }

    @Test
    void theOverviewCardCountsTheDossiersAtRisk() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("overview", QueryParameters.fromString("unit=" + TestDossiers.AGENCY));
        Component card = LocatorJ._get(Component.class, s -> s.withId("kpi-at-risk"));
        // one element, its lines its inner HTML (issue 18: the heap per UI)
        assertThat(vn.camau.reform.ui.Shown.text(card)).startsWith("1").contains("Nguy cơ trễ hạn");
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefusedWithAMessageAndNothingSaved() {
        loginAs("admin");
        double before = risks.settings().threshold();
        UI.getCurrent().navigate("settings/timing");
        LocatorJ._get(BigDecimalField.class, s -> s.withId("risk-threshold")).setValue(new java.math.BigDecimal("1.5"));
        ButtonKt._click(LocatorJ._get(Button.class, s -> s.withText("Lưu cảnh báo sớm")));
        // an error notification carries its text in a span beside its close button
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(
                n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .contains("Ngưỡng nguy cơ phải từ 0 đến 1"));
        assertThat(risks.settings().threshold()).isEqualTo(before);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively().replaceAll("\\s+", " ").strip();
    }
}
