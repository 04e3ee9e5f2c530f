package vn.camau.reform.hotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REVEAL;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.TestLogins;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineEvent;
import vn.camau.reform.hotline.HotlineIntake;
import vn.camau.reform.hotline.HotlineReport;
import vn.camau.reform.hotline.HotlineRow;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.hotline.HotlineState;
import vn.camau.reform.hotline.Satisfaction;
import vn.camau.reform.ui.Shown;
import vn.camau.reform.ui.KaribuTest;

/**
 * The hotline screens: the queue's scope and confidentiality (screen and export), the intake keeping
 * what was typed on a refusal, the description shown as text, the logged reveal, and a stale step.
 */
@Transactional // the views run on the test thread: what the test and the screens wrote rolls back
class HotlineViewsTest extends KaribuTest {

    /** Phường An Xuyên, where the demo's commune leader works. */
    private static final long AN_XUYEN = 100;
    /** Marks this test's reports, so the queue can be narrowed to them whatever else the database holds. */
    private static final String MARK = "HLUI-7Q";
    private static final String REPORTER = "Nguyễn Văn Báo Tin";
    private static final String PHONE = "0912 345 678";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    HotlineService hotline;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @BeforeEach
    void loadTestUnits() {
        testDossiers.ensureReferenceData();
    }

    /** Reports about real units (An Xuyên) are not removed by the test units' clean-up: remove them here. */

    /** Runs a service call as another user ("another session") and puts the UI's login back. */
    private <T> T as(String username, Supplier<T> call) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        TestLogins.loginAs(users, username);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private long report(long unitId, String description) {
        return as("thanhtra", () -> hotline.intake(new HotlineIntake(HotlineChannel.PHONE,
                LocalDateTime.now(clock).minusHours(1), false, REPORTER, PHONE, "bao.tin@example.vn",
                HotlineCategory.ATTITUDE, unitId, null, null, description, List.of())));
    }

    private HotlineReport read(long id) {
        return as("chanhthanhtra", () -> hotline.find(id).orElseThrow());
    }

    /** The inspection leader forwards the report to the inspector {@code thanhtra}. */
    private void assignToInspector(long id) {
        long inspector = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("thanhtra"))
                .fetchSingle(APP_USER.ID);
        as("chanhthanhtra", () -> {
            hotline.assign(id, hotline.find(id).orElseThrow().version(), null, inspector, "Xác minh trong tuần");
            return null;
        });
    }

    private static void open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid() {
        return LocatorJ._get(Grid.class);
    }

    private static <T> List<T> rows(Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    private static List<String> queueCodes() {
        return rows(HotlineViewsTest.<HotlineRow>grid()).stream().map(HotlineRow::code).toList();
    }

    private static void click(String text) {
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText(text)));
    }

    private static void clickIn(Dialog dialog, String text) {
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText(text)));
    }

    /** All text the page shows, for checking what must never appear on it. */
    private static String pageText() {
        return texts(UI.getCurrent());
    }

    private static String texts(Component c) {
        String own = c instanceof com.vaadin.flow.component.HasText t ? t.getText() : "";
        return own + " " + String.join(" ", c.getChildren().map(HotlineViewsTest::texts).toList());
    }

    /** A notification's text, whether set as its text or as content (errors carry a close button). */
    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(HotlineViewsTest::text).toList();
    }

    private static String text(Notification n) {
        String text = n.getElement().getProperty("text");
        return text != null && !text.isEmpty() ? text : n.getElement().getTextRecursively();
    }

    private static <T extends Component> T field(Class<T> type, String label) {
        return LocatorJ._get(type, spec -> spec.withLabel(label));
    }

    @Test
    void theQueueShowsOnlyReportsInScopeAndNeverTheReporter() {
        long agency = report(AGENCY, MARK + " cán bộ sở hẹn nhiều lần");
        long ward = report(AN_XUYEN, MARK + " cán bộ phường gây phiền hà");
        String agencyCode = read(agency).code();
        String wardCode = read(ward).code();

        loginAs("lanhdao.anxuyen");
        open("hotline", "queue=ALL&q=" + MARK);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HotlineQueueView.class);
        assertThat(queueCodes()).containsExactly(wardCode);

        loginAs("thanhtra");
        open("hotline", "queue=ALL&q=" + MARK);
        assertThat(queueCodes()).containsExactlyInAnyOrder(agencyCode, wardCode);
        // The link's filters are in the fields, so the user sees why the list is short
        assertThat(field(TextField.class, "Tìm kiếm").getValue()).isEqualTo(MARK);
        assertThat(LocatorJ._get(Tab.class, spec -> spec.withId("queue-ALL")).isSelected()).isTrue();
        Grid<HotlineRow> grid = grid();
        String shown = pageText() + String.join(" ", GridKt._getFormattedRow(grid, 0))
                + String.join(" ", GridKt._getFormattedRow(grid, 1));
        assertThat(shown).contains(agencyCode).doesNotContain(REPORTER, "0912345678", PHONE, "bao.tin");
        // the code leads to the report's page; the deadline reads in working days and the state in words, in
        // their colours (cells drawn in the browser from these values)
        HotlineRow fresh = rows(grid).stream().filter(r -> r.code().equals(wardCode)).findFirst().orElseThrow();
        assertThat(Shown.cell(grid, fresh, "code")).containsEntry("code", wardCode)
                .containsEntry("href", "hotline/" + ward);
        assertThat((String) Shown.cell(grid, fresh, "days").get("text")).matches("Còn \\d+ ngày");
        assertThat(Shown.cell(grid, fresh, "state")).containsEntry("text", "Đã tiếp nhận")
                .containsEntry("tone", "contrast");
        // The tabs carry their counts, and the unassigned queue holds both new reports
        assertThat(LocatorJ._find(Tab.class).stream().map(Tab::getLabel)).anySatisfy(l -> assertThat(l).matches(
                "Chưa phân công \\(\\d+\\)"));
        LocatorJ._get(com.vaadin.flow.component.tabs.Tabs.class).setSelectedTab(
                LocatorJ._get(Tab.class, spec -> spec.withId("queue-UNASSIGNED")));
        assertThat(queueCodes()).containsExactlyInAnyOrder(agencyCode, wardCode);
        open("hotline", "queue=MINE&q=" + MARK);
        assertThat(queueCodes()).isEmpty();

        open("hotline", "queue=ALL&q=" + MARK);
        String csv = new String(DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("Xuất CSV"))),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Mã phản ánh", "Đơn vị", "Thái độ, nhũng nhiễu, gây phiền hà", agencyCode, wardCode)
                .doesNotContain(REPORTER, "0912345678", PHONE, "bao.tin", "Nguyễn V");
        byte[] xlsx = DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("Xuất Excel")));
        assertThat(xlsx).isNotEmpty();
        String xlsxText = xlsxText(xlsx);
        assertThat(xlsxText).contains(agencyCode).doesNotContain(REPORTER, "0912345678");

        GridKt._clickItem(HotlineViewsTest.<HotlineRow>grid(), queueCodes().indexOf(wardCode));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HotlineReportView.class);
    }

    /** Every cell of the workbook's first sheet, as text. */
    private static String xlsxText(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var row : book.getSheetAt(0)) {
                for (var cell : row) {
                    text.append(formatter.formatCellValue(cell)).append('\t');
                }
                text.append('\n');
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    @Test
    void anIntakeRefusedForABadPhoneKeepsEverythingTypedAndTheFiles() {
        loginAs("thanhtra");
        UI.getCurrent().navigate(HotlineIntakeView.class);
        HasValueUtilsKt._setValue(field(Select.class, "Kênh tiếp nhận"), HotlineChannel.ZALO);
        HasValueUtilsKt._setValue(field(TextField.class, "Họ và tên người phản ánh"), "Lê Thị Hoa");
        HasValueUtilsKt._setValue(field(TextField.class, "Số điện thoại"), "12345");
        HasValueUtilsKt._setValue(field(Select.class, "Loại phản ánh"), HotlineCategory.LATE_DOSSIER);
        @SuppressWarnings("unchecked")
        ComboBox<ReportUnit> unit = field(ComboBox.class, "Đơn vị bị phản ánh");
        HasValueUtilsKt._setValue(unit, unit.getListDataView().getItems().filter(u -> u.id() == AGENCY)
                .findFirst().orElseThrow());
        HasValueUtilsKt._setValue(field(TextArea.class, "Nội dung phản ánh"), MARK + " hồ sơ trễ hẹn ba lần");
        UploadKt._upload(LocatorJ._get(Upload.class), "anh-phieu-hen.png", "image/png", PNG);
        MockVaadin.clientRoundtrip(false);

        click("Lưu phản ánh");
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("“12345” không phải số điện thoại Việt Nam"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HotlineIntakeView.class);
        assertThat(dsl.fetchCount(HOTLINE_REPORT, HOTLINE_REPORT.DESCRIPTION.contains(MARK))).isZero();
        assertThat(field(TextField.class, "Họ và tên người phản ánh").getValue()).isEqualTo("Lê Thị Hoa");
        assertThat(field(TextField.class, "Số điện thoại").getValue()).isEqualTo("12345");
        assertThat(field(TextArea.class, "Nội dung phản ánh").getValue()).isEqualTo(MARK + " hồ sơ trễ hẹn ba lần");
        assertThat(field(Select.class, "Kênh tiếp nhận").getValue()).isEqualTo(HotlineChannel.ZALO);
        assertThat(unit.getValue().id()).isEqualTo(AGENCY);

        // Corrected, it saves with the file picked before the refusal
        HasValueUtilsKt._setValue(field(TextField.class, "Số điện thoại"), "0912.345.678");
        click("Lưu phản ánh");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HotlineReportView.class);
        assertThat(LocatorJ._find(Anchor.class, spec -> spec.withText("anh-phieu-hen.png"))).hasSize(1);
        assertThat(DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("anh-phieu-hen.png"))))
                .isEqualTo(PNG);
        assertThat(dsl.fetchCount(HOTLINE_REPORT, HOTLINE_REPORT.DESCRIPTION.contains(MARK)
                .and(HOTLINE_REPORT.REPORTER_PHONE.eq("0912345678")).and(HOTLINE_REPORT.CHANNEL.eq(HotlineChannel.ZALO)))).isOne();
    }

    @Test
    void anAnonymousReportHidesAndClearsTheReporterFields() {
        loginAs("thanhtra");
        UI.getCurrent().navigate(HotlineIntakeView.class);
        HasValueUtilsKt._setValue(field(TextField.class, "Họ và tên người phản ánh"), "Lê Thị Hoa");
        HasValueUtilsKt._setValue(field(Checkbox.class, "Người phản ánh giấu tên"), true);
        assertThat(LocatorJ._find(TextField.class, spec -> spec.withLabel("Họ và tên người phản ánh"))).isEmpty();
        HasValueUtilsKt._setValue(field(Checkbox.class, "Người phản ánh giấu tên"), false);
        assertThat(field(TextField.class, "Họ và tên người phản ánh").getValue()).isEmpty();
    }

    @Test
    void scriptAndMarkupInTheDescriptionAreShownAsText() {
        String hostile = "<script>alert(1)</script><b>x</b>";
        long id = report(AGENCY, hostile);
        loginAs("thanhtra");
        UI.getCurrent().navigate("hotline/" + id);
        Div description = LocatorJ._get(Div.class, spec -> spec.withId("description"));
        assertThat(description.getText()).isEqualTo(hostile);
        assertThat(description.getElement().getChildren().filter(e -> !e.isTextNode()).map(Element::getTag).toList())
                .noneMatch(tag -> "script".equals(tag) || "b".equals(tag));
        assertThat(description.getElement().getProperty("innerHTML")).isNull();
        assertThat(LocatorJ._find(Html.class)).isEmpty();
    }

    /** A label beside nothing (no officer named, no dossier) read as a page that failed to load. */
    @Test
    void aFactTheReportDoesNotHaveReadsAsADash() {
        long id = report(AGENCY, MARK + " không nêu cán bộ hay hồ sơ");
        loginAs("thanhtra");
        UI.getCurrent().navigate("hotline/" + id);
        for (String label : List.of("Cán bộ bị phản ánh", "Mã hồ sơ")) {
            assertThat(LocatorJ._find(com.vaadin.flow.component.formlayout.FormLayout.FormItem.class).stream()
                    .map(i -> i.getElement().getTextRecursively()).filter(t -> t.contains(label)))
                    .as(label).singleElement().satisfies(t -> assertThat(t.replace(label, "").strip()).isEqualTo("—"));
        }
    }

    @Test
    void theAssignedInspectorRevealsTheReporterAndTheRevealIsLogged() {
        long id = report(AGENCY, MARK + " cần xác minh với người phản ánh");
        assignToInspector(id);
        loginAs("thanhtra");
        UI.getCurrent().navigate("hotline/" + id);
        Component reporter = LocatorJ._get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("reporter"));
        assertThat(reporter.getElement().getTextRecursively()).doesNotContain(REPORTER, "0912345678");

        click("Xem thông tin người phản ánh");
        Dialog dialog = LocatorJ._get(Dialog.class);
        // A purpose is required: refused without one, the dialog stays
        clickIn(dialog, "Xem thông tin");
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Hãy nêu lý do"));
        assertThat(dialog.isOpened()).isTrue();
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, TextField.class), "Gọi lại để hẹn xác minh");
        clickIn(dialog, "Xem thông tin");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(reporter.getElement().getTextRecursively()).contains(REPORTER, "0912345678", "bao.tin@example.vn");
        assertThat(dsl.fetchCount(HOTLINE_REVEAL, HOTLINE_REVEAL.REPORT_ID.eq(id)
                .and(HOTLINE_REVEAL.PURPOSE.eq("Gọi lại để hẹn xác minh")))).isOne();
        Grid<HotlineEvent> history = grid();
        assertThat(rows(history)).extracting(HotlineEvent::action).contains(vn.camau.reform.hotline.HotlineAction.REVEALED);
    }

    @Test
    void theHistoryIsWordedFromItsDataInTheReadersLanguage() {
        long id = report(AGENCY, MARK + " lịch sử theo ngôn ngữ người đọc");
        assignToInspector(id);
        String inspector = dsl.select(APP_USER.FULL_NAME).from(APP_USER).where(APP_USER.USERNAME.eq("thanhtra"))
                .fetchSingle(APP_USER.FULL_NAME);
        // forwarded to the inspector's own unit, kept by its name of the day
        String unit = dsl.select(ADMIN_UNIT.NAME).from(ADMIN_UNIT).join(APP_USER).on(APP_USER.UNIT_ID.eq(ADMIN_UNIT.ID))
                .where(APP_USER.USERNAME.eq("thanhtra")).fetchSingle(ADMIN_UNIT.NAME);
        loginAs("thanhtra");
        UI.getCurrent().navigate("hotline/" + id);
        Grid<HotlineEvent> history = grid();
        assertThat(String.join(" ", GridKt._getFormattedRow(history, 1)))
                .contains("Đơn vị xử lý: " + unit + "; thanh tra: " + inspector, "Xác minh trong tuần");

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("hotline");
        UI.getCurrent().navigate("hotline/" + id);
        history = grid();
        // the stored facts in English words, the inspector's note as typed
        assertThat(String.join(" ", GridKt._getFormattedRow(history, 1)))
                .contains("Handling unit: " + unit + "; inspector: " + inspector, "Xác minh trong tuần")
                .doesNotContain("Đơn vị xử lý");
    }

    @Test
    void aUnitLeaderSeesTheReporterMaskedAndIsNotOfferedTheReveal() {
        long id = report(AN_XUYEN, MARK + " thái độ cán bộ phường");
        loginAs("lanhdao.anxuyen");
        UI.getCurrent().navigate("hotline/" + id);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HotlineReportView.class);
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Xem thông tin người phản ánh"))).isEmpty();
        assertThat(pageText()).contains(read(id).reporter().name()).doesNotContain(REPORTER, "0912345678");
    }

    @Test
    void aStepOnAReportChangedMeanwhileIsRefusedAndKeepsWhatWasTyped() {
        long id = report(AGENCY, MARK + " cán bộ một cửa hẹn lại nhiều lần");
        assignToInspector(id);
        loginAs("thanhtra");
        UI.getCurrent().navigate("hotline/" + id);
        // The inspection leader adds a note in another session while the inspector's page is open
        as("chanhthanhtra", () -> {
            hotline.addNote(id, hotline.find(id).orElseThrow().version(), "Đã liên hệ đơn vị");
            return null;
        });

        click("Ghi chú xác minh");
        Dialog dialog = LocatorJ._get(Dialog.class);
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, TextArea.class), "Đã gọi điện cho người phản ánh");
        clickIn(dialog, "Lưu ghi chú");
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("vừa được Huỳnh Minh Tra cập nhật"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(LocatorJ._get(dialog, TextArea.class).getValue()).isEqualTo("Đã gọi điện cho người phản ánh");
        // The page shows the report as it now is, with the leader's note
        Grid<HotlineEvent> history = grid();
        assertThat(rows(history)).extracting(HotlineEvent::details).contains("Đã liên hệ đơn vị");

        // Confirming again, having seen the change, saves on the version now shown
        clickIn(dialog, "Lưu ghi chú");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(HotlineViewsTest.<HotlineEvent>grid())).extracting(HotlineEvent::details)
                .contains("Đã liên hệ đơn vị", "Đã gọi điện cho người phản ánh");
        assertThat(read(id).state()).isEqualTo(HotlineState.VERIFYING);
    }

    @Test
    void theInspectionLeaderAssignsThroughTheDialog() {
        long id = report(AGENCY, MARK + " cần phân công");
        loginAs("chanhthanhtra");
        UI.getCurrent().navigate("hotline/" + id);
        click("Phân công");
        Dialog dialog = LocatorJ._get(Dialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<vn.camau.reform.hotline.Assignee> assignee = LocatorJ._get(dialog, ComboBox.class,
                spec -> spec.withLabel("Người xử lý"));
        HasValueUtilsKt._setValue(assignee, assignee.getListDataView().getItems()
                .filter(a -> a.fullName().equals("Lê Văn Thanh")).findFirst().orElseThrow());
        clickIn(dialog, "Phân công");
        HotlineReport assigned = read(id);
        assertThat(assigned.state()).isEqualTo(HotlineState.ASSIGNED);
        assertThat(assigned.assignment().assigneeName()).isEqualTo("Lê Văn Thanh");
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Trả lời công dân"))).hasSize(1);
    }

    @Test
    void aReportGoesThroughAnswerSatisfactionConclusionCloseAndReopenInTheDialogs() {
        long id = report(AGENCY, MARK + " trả lời chậm");
        assignToInspector(id);
        loginAs("chanhthanhtra");
        UI.getCurrent().navigate("hotline/" + id);
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Kết luận"))).isEmpty();

        click("Trả lời công dân");
        Dialog answer = LocatorJ._get(Dialog.class);
        HasValueUtilsKt._setValue(LocatorJ._get(answer, TextArea.class), "Đã chấn chỉnh cán bộ và trả kết quả");
        clickIn(answer, "Lưu trả lời");
        assertThat(read(id).state()).isEqualTo(HotlineState.ANSWERED);

        click("Ghi nhận mức độ hài lòng");
        Dialog satisfaction = LocatorJ._get(Dialog.class);
        HasValueUtilsKt._setValue(LocatorJ._get(satisfaction, Select.class), Satisfaction.NOT_SATISFIED);
        clickIn(satisfaction, "Lưu");

        click("Kết luận");
        Dialog conclude = LocatorJ._get(Dialog.class);
        HasValueUtilsKt._setValue(LocatorJ._get(conclude, Select.class, spec -> spec.withLabel("Kết luận")),
                Conclusion.PARTLY_FOUNDED);
        clickIn(conclude, "Lưu kết luận");
        assertThat(read(id).state()).isEqualTo(HotlineState.CONCLUDED);

        click("Đóng phản ánh");
        clickIn(LocatorJ._get(Dialog.class), "Đóng phản ánh");
        assertThat(read(id).state()).isEqualTo(HotlineState.CLOSED);
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Ghi chú xác minh"))).isEmpty();

        click("Mở lại");
        Dialog reopen = LocatorJ._get(Dialog.class);
        HasValueUtilsKt._setValue(LocatorJ._get(reopen, TextArea.class), "Công dân chưa nhận được kết quả");
        clickIn(reopen, "Mở lại");
        HotlineReport reopened = read(id);
        assertThat(reopened.state()).isEqualTo(HotlineState.VERIFYING);
        assertThat(reopened.reopenCount()).isOne();

        // The history shows the service's own records with their labels, not the enums' names
        Grid<HotlineEvent> history = grid();
        assertThat(rows(history)).flatExtracting(HotlineEvent::changes).contains(
                vn.camau.reform.hotline.HotlineChange.set(vn.camau.reform.hotline.HotlineField.SATISFACTION,
                        "NOT_SATISFIED"));
        String shown = String.join("\n", java.util.stream.IntStream.range(0, GridKt._size(history))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(history, i))).toList());
        assertThat(shown).contains("Không hài lòng", "Có cơ sở một phần / Không xử lý").doesNotContain("PARTLY_FOUNDED");
    }

    @Test
    void aBadLinkOrAPeriodEndingBeforeItStartsIsExplainedNotAnError() {
        loginAs("thanhtra");
        open("hotline", "queue=SOMEDAY");
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("danh sách không hợp lệ: SOMEDAY"));
        assertThat(LocatorJ._get(Tab.class, spec -> spec.withId("queue-MINE")).isSelected()).isTrue();
        NotificationsKt.clearNotifications();
        open("hotline", "queue=ALL&from=2026-05-01&to=2026-04-01");
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Ngày bắt đầu (01/05/2026) sau ngày kết thúc"));
        assertThat(queueCodes()).isEmpty();
    }

    @Test
    void anHrOfficerIsDeniedTheHotline() {
        loginAs("nhansu");
        UI.getCurrent().navigate(HotlineQueueView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
