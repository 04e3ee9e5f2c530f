package vn.camau.reform.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.DOSSIER;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;

import vn.camau.reform.TestLogins;
import vn.camau.reform.apology.ApologyState;
import vn.camau.reform.apology.DeliveryChannel;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dossier.LateDossierAlert;
import vn.camau.reform.dossier.OpenTiming;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.ui.KaribuTest;
import vn.camau.reform.ui.Menu;
import vn.camau.reform.ui.Shown;
import vn.camau.reform.ui.TestWindow;
import vn.camau.reform.base.ui.phone.GridCards;

/** Late-case alerts: what a leader sees, urging, the export, the navigation badge, scope. */
@Transactional // the views run on the test thread: what the test and the screens wrote rolls back
class LateAlertsViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendar;
    @Autowired
    IndicatorService indicators;

    @BeforeEach
    void loadTestDossiers() {
        testDossiers.ensureReferenceData();
        TestLogins.loginAs(users, "admin");
        TestDossiers.loadSeven(writer, calendar.calendar(), indicators.today());
        TestLogins.logout();
    }

    @SuppressWarnings("unchecked")
    private static List<LateDossierAlert> rows() {
        Grid<LateDossierAlert> grid = LocatorJ._get(Grid.class);
        List<LateDossierAlert> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    private static LateDossierAlert find(String code) {
        return rows().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theProvinceLeaderSeesOverdueAndDueSoonWithWorkingDaysLateAndWhoHoldsThem() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(LateAlertsView.class);
        LateDossierAlert overdue = find("T-OVERDUE");
        assertThat(overdue.timing()).isEqualTo(OpenTiming.OVERDUE);
        assertThat(overdue.workingDaysLate()).isEqualTo(3);
        assertThat(overdue.responsibleStep()).isEqualTo("Thẩm định");
        assertThat(find("T-DUESOON").timing()).isEqualTo(OpenTiming.DUE_SOON);
        assertThat(rows()).extracting(LateDossierAlert::code).doesNotContain("T-ONTRACK", "T-LATE", "T-EARLY");
        // most overdue first
        List<Integer> late = rows().stream().map(LateDossierAlert::workingDaysLate).toList();
        assertThat(late).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Menu.Entry entry = Menu.entry("Cảnh báo trễ hạn");
        assertThat(entry.badge()).isNotBlank();
        assertThat(entry.badgeTooltip()).isNotBlank();
    }

    @Test
    @SuppressWarnings("unchecked")
    void onADeskTheRowsCarryNoPhoneCardAndOnAPhoneTheCardKeepsTheUrgeButton() {
        loginAs("lanhdao.tinh");
        TestWindow.open(TestWindow.DESK, LateAlertsView.class);
        Grid<LateDossierAlert> grid = LocatorJ._get(Grid.class);
        LateDossierAlert overdue = find("T-OVERDUE");
        assertThat(grid.getColumnByKey(GridCards.CARD_KEY).isVisible()).isFalse();
        // a hidden column's values would still go with every row: on a desk the card has none
        assertThat(Shown.cell(grid, overdue, GridCards.CARD_KEY)).isEmpty();
        assertThat(grid.getColumnByKey("unit").isVisible()).isTrue();

        loginAs("lanhdao.tinh");
        TestWindow.open(TestWindow.PHONE, LateAlertsView.class);
        grid = LocatorJ._get(Grid.class);
        assertThat(grid.getColumnByKey(GridCards.CARD_KEY).isVisible()).isTrue();
        assertThat(Shown.cell(grid, find("T-OVERDUE"), GridCards.CARD_KEY)).containsEntry("code", "T-OVERDUE")
                .containsEntry("mayUrge", true);
        assertThat(grid.getColumnByKey("unit").isVisible()).isFalse();
    }

    @Test
    void urgingRecordsAReminderShownInTheRow() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(LateAlertsView.class);
        int before = find("T-OVERDUE").reminders();
        @SuppressWarnings("unchecked")
        Grid<LateDossierAlert> grid = LocatorJ._get(Grid.class);
        assertThat(Shown.cell(grid, find("T-OVERDUE"), "urge")).containsEntry("urgeLabel", "Đôn đốc");
        Shown.call(grid, find("T-OVERDUE"), "urge", "urge");
        LocatorJ._setValue(LocatorJ._get(TextArea.class), "   ");
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withText("Gửi đôn đốc")));
        assertThat(find("T-OVERDUE").reminders()).isEqualTo(before);
        LocatorJ._setValue(LocatorJ._get(TextArea.class), "Đề nghị Sở xử lý ngay trong ngày.");
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withText("Gửi đôn đốc")));
        assertThat(find("T-OVERDUE").reminders()).isEqualTo(before + 1);
    }

    @Test
    void theExportHoldsWhatTheUserMaySeeOnly() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(LateAlertsView.class);
        String csv = new String(DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("Xuất CSV"))),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Mã hồ sơ").contains("T-OVERDUE").contains("Quá hạn");

        loginAs("lanhdao.anxuyen");
        UI.getCurrent().navigate(LateAlertsView.class);
        assertThat(rows()).extracting(LateDossierAlert::code).doesNotContain("T-OVERDUE", "T-DUESOON");
        String theirs = new String(DownloadKt._download(LocatorJ._get(Anchor.class,
                spec -> spec.withText("Xuất CSV"))), StandardCharsets.UTF_8);
        assertThat(theirs).contains("Mã hồ sơ").doesNotContain("T-OVERDUE");
    }

    @Test
    void eachRowSaysHowFarItsApologyHasGot() {
        long admin = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("admin")).fetchSingle(APP_USER.ID);
        var overdue = dsl.select(DOSSIER.ID, DOSSIER.DUE_DATE).from(DOSSIER).where(DOSSIER.CODE.eq("T-OVERDUE"))
                .fetchSingle();
        dsl.insertInto(APOLOGY).set(APOLOGY.DOSSIER_ID, overdue.value1()).set(APOLOGY.UNIT_ID, TestDossiers.AGENCY)
                .set(APOLOGY.STATE, ApologyState.RETURNED).set(APOLOGY.REASON, "Thẩm định chậm")
                .set(APOLOGY.ORIGINAL_DUE_DATE, overdue.value2()).set(APOLOGY.NEW_DUE_DATE, overdue.value2().plusDays(5))
                .set(APOLOGY.CHANNEL, DeliveryChannel.DESK).set(APOLOGY.CREATED_BY, admin)
                .set(APOLOGY.CREATED_AT, LocalDateTime.of(2026, 1, 5, 9, 0)).execute();
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(LateAlertsView.class);
        assertThat(find("T-OVERDUE").apologyState()).isEqualTo(ApologyState.RETURNED);
        assertThat(find("T-DUESOON").apologyState()).isNull();
        String csv = new String(DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("Xuất CSV"))),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.contains("T-OVERDUE"))).singleElement().asString()
                .contains("Trả lại để sửa");
        assertThat(csv.lines().filter(l -> l.contains("T-DUESOON"))).singleElement().asString().contains("Chưa có");
    }

    @Test
    void anHrOfficerIsDeniedTheAlerts() {
        loginAs("nhansu");
        UI.getCurrent().navigate(LateAlertsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
