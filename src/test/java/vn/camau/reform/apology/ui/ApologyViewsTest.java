package vn.camau.reform.apology.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.dossier.TestDossiers.dossier;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

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
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.TestLogins;
import vn.camau.reform.apology.Apology;
import vn.camau.reform.apology.ApologyAction;
import vn.camau.reform.apology.ApologyForm;
import vn.camau.reform.apology.ApologyService;
import vn.camau.reform.apology.ApologyState;
import vn.camau.reform.apology.ApologyStep;
import vn.camau.reform.apology.DeliveryChannel;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierRecord;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierTiming;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.ui.KaribuTest;
import vn.camau.reform.ui.Shown;

/** The apology register, drafting from a late dossier, the sign-send-publish workflow, scope and roles. */
@Transactional // the views run on the test thread: what the test and the screens wrote rolls back
class ApologyViewsTest extends KaribuTest {

    private static final List<String> WORKFLOW_BUTTONS = List.of("Duyệt và ký", "Trả lại", "Đánh dấu đã gửi",
            "Công khai", "Lưu dự thảo");

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendar;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ApologyService apologies;

    WorkingCalendar cal;
    LocalDate today;

    @BeforeEach
    void loadLateDossiers() {
        testDossiers.ensureReferenceData();
        cal = as("admin", calendar::calendar);
        today = as("admin", indicators::today);
        overdue("T-AP-1", 3);
        overdue("T-AP-2", 2);
    }

    /**
     * Runs a service call as another user and then puts the UI's login back: the views read the
     * same SecurityContext, so a bare logout here would sign the browser out.
     */
    private <T> T as(String username, Supplier<T> call) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        TestLogins.loginAs(users, username);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** Dossiers come from the intake, which administrators run. */
    private void save(DossierRecord d) {
        as("admin", () -> writer.save(d));
    }

    private void overdue(String code, int workingDaysLate) {
        LocalDate due = cal.workingDaysBefore(today, workingDaysLate);
        save(dossier(code, AGENCY, cal.addWorkingDays(due, -10), due, null, DossierState.PROCESSING,
                Channel.IN_PERSON, 0));
    }

    /** An apology made by the province leader through the service, as the draft screen would. */
    private long draft(String code, LocalDate newDate) {
        return as("lanhdao.tinh", () -> apologies.create(new ApologyForm(code, AGENCY, "Chờ ý kiến thẩm định",
                newDate, DeliveryChannel.DESK, false)));
    }

    private Apology read(long id) {
        return as("lanhdao.tinh", () -> apologies.apology(id).orElseThrow());
    }

    private int apologiesOf(String code) {
        return as("lanhdao.tinh", () -> apologies.idForDossier(code).isPresent() ? 1 : 0);
    }

    /** Signed with a new date of tomorrow, then resolved two working days after it: a second miss. */
    private long secondMiss(String code) {
        LocalDate newDate = cal.addWorkingDays(today, 1);
        long id = draft(code, newDate);
        as("lanhdao.tinh", () -> {
            apologies.approve(id, apologies.apology(id).orElseThrow().version(), null);
            return null;
        });
        LocalDate due = cal.workingDaysBefore(today, 2);
        LocalDate resolved = cal.addWorkingDays(newDate, 2);
        save(dossier(code, AGENCY, cal.addWorkingDays(due, -10), due, resolved, DossierState.RESOLVED,
                Channel.IN_PERSON, DossierTiming.workingDaysLate(cal, due, resolved)));
        return id;
    }

    private static void open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows() {
        Grid<T> grid = LocatorJ._get(Grid.class);
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    private static List<String> registerCodes() {
        return ApologyViewsTest.<Apology>rows().stream().map((Apology a) -> a.dossier().code()).toList();
    }

    private static void click(String text) {
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText(text)));
    }

    private static String heading() {
        return LocatorJ._get(H2.class).getText();
    }

    /** Texts of the open notifications: plain ones, and the error ones that hold a Span and a close button. */
    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + texts(n)).toList();
    }

    private static String texts(Component c) {
        String own = c instanceof HasText t ? t.getText() : "";
        return own + String.join(" ", c.getChildren().map(ApologyViewsTest::texts).toList());
    }

    @Test
    void theRegisterListsApologiesAndFiltersByStateAndSecondMiss() {
        long drafted = draft("T-AP-1", cal.addWorkingDays(today, 3));
        long missed = secondMiss("T-AP-2");
        loginAs("lanhdao.tinh");
        open("apologies", "unit=" + AGENCY);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ApologyRegisterView.class);
        assertThat(registerCodes()).containsExactlyInAnyOrder("T-AP-1", "T-AP-2");

        HasValueUtilsKt._setValue(LocatorJ._get(Select.class, spec -> spec.withLabel("Trạng thái")), ApologyState.DRAFT);
        assertThat(registerCodes()).containsExactly("T-AP-1");
        HasValueUtilsKt._setValue(LocatorJ._get(Select.class, spec -> spec.withLabel("Trạng thái")), null);
        HasValueUtilsKt._setValue(LocatorJ._get(Checkbox.class, spec -> spec.withLabel("Chỉ hồ sơ trễ lần hai")), true);
        assertThat(ApologyViewsTest.<Apology>rows()).extracting(Apology::id).containsExactly(missed);
        // The second miss stands out as an error badge
        @SuppressWarnings("unchecked")
        Grid<Apology> grid = LocatorJ._get(Grid.class);
        Apology row = GridKt._get(grid, 0);
        assertThat(Shown.cell(grid, row, "outcome")).containsEntry("outcome", "Trễ lần hai")
                .containsEntry("tone", "error primary");
        assertThat(Shown.cell(grid, row, "state")).containsEntry("state", "Đã ký").containsEntry("tone", "");

        String csv = new String(DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("Xuất CSV"))),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Cơ quan có lỗi", "T-AP-2", "Trễ lần hai").doesNotContain("T-AP-1");

        // The same list from a link, as the overview sends it
        open("apologies", "unit=" + AGENCY + "&secondMiss=true");
        assertThat(registerCodes()).containsExactly("T-AP-2");
        assertThat(LocatorJ._get(Checkbox.class, spec -> spec.withLabel("Chỉ hồ sơ trễ lần hai")).getValue()).isTrue();
        open("apologies", "unit=" + AGENCY + "&state=DRAFT");
        assertThat(ApologyViewsTest.<Apology>rows()).extracting(Apology::id).containsExactly(drafted);

        GridKt._clickItem(LocatorJ._get(Grid.class), 0);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ApologyView.class);
        assertThat(heading()).isEqualTo("Phiếu xin lỗi hồ sơ T-AP-1");
    }

    @Test
    void theDraftIsPrefilledFromTheOverdueDossierAndSavingOpensIt() {
        loginAs("lanhdao.tinh");
        open("apologies/new", "dossier=T-AP-1");
        assertThat(heading()).isEqualTo("Lập phiếu xin lỗi hồ sơ T-AP-1");
        assertThat(LocatorJ._find(Span.class).stream().map(Span::getText)).contains("Đã quá hạn 3 ngày làm việc",
                "Thủ tục thử nghiệm", "Nguyễn V. T.");
        assertThat(LocatorJ._get(TextArea.class, spec -> spec.withLabel("Lý do trễ hạn")).getValue()).contains("Thẩm định");
        @SuppressWarnings("unchecked")
        ComboBox<Object> unit = LocatorJ._get(ComboBox.class, spec -> spec.withLabel("Cơ quan có lỗi (xin lỗi và ký phiếu)"));
        assertThat(unit.getValue()).isNotNull();
        // Overdue already: nothing to declare
        assertThat(LocatorJ._find(Checkbox.class)).isEmpty();

        click("Lập phiếu");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ApologyView.class);
        assertThat(heading()).isEqualTo("Phiếu xin lỗi hồ sơ T-AP-1");
        assertThat(LocatorJ._get(Span.class, spec -> spec.withText("Dự thảo"))).isNotNull();
        assertThat(apologiesOf("T-AP-1")).isEqualTo(1);

        // A second link to draft the same dossier opens the apology it has
        open("apologies/new", "dossier=T-AP-1");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ApologyView.class);
        assertThat(apologiesOf("T-AP-1")).isEqualTo(1);
    }

    @Test
    void anEmptyReasonIsRefusedWithAMessageAndNothingIsSaved() {
        loginAs("lanhdao.tinh");
        open("apologies/new", "dossier=T-AP-1");
        HasValueUtilsKt._setValue(LocatorJ._get(TextArea.class, spec -> spec.withLabel("Lý do trễ hạn")), "   ");
        click("Lập phiếu");
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Hãy nhập lý do trễ hạn."));
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ApologyView.class);
        assertThat(apologiesOf("T-AP-1")).isZero();
    }

    @Test
    void aDossierNotOverdueYetNeedsTheOfficersDeclaration() {
        LocalDate due = cal.addWorkingDays(today, 2);
        save(dossier("T-AP-SOON", AGENCY, cal.workingDaysBefore(today, 8), due, null, DossierState.PROCESSING,
                Channel.ONLINE, 0));
        loginAs("lanhdao.tinh");
        open("apologies/new", "dossier=T-AP-SOON");
        assertThat(LocatorJ._find(Span.class).stream().map(Span::getText)).contains("Chưa quá hạn");
        Checkbox declare = LocatorJ._get(Checkbox.class, spec -> spec.withLabel("Cán bộ xác nhận hồ sơ sẽ trễ hạn"));
        click("Lập phiếu");
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Hồ sơ chưa quá hạn"));
        assertThat(apologiesOf("T-AP-SOON")).isZero();
        HasValueUtilsKt._setValue(declare, true);
        click("Lập phiếu");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ApologyView.class);
        assertThat(read(as("lanhdao.tinh", () -> apologies.idForDossier("T-AP-SOON").orElseThrow())).declaredLate())
                .isTrue();
    }

    @Test
    void signingSendingAndPublishingGoThroughTheDialogs() {
        long id = draft("T-AP-1", cal.addWorkingDays(today, 3));
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("apologies/" + id);
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Đánh dấu đã gửi"))).isEmpty();

        click("Duyệt và ký");
        Dialog sign = LocatorJ._get(Dialog.class);
        assertThat(LocatorJ._get(sign, TextField.class, spec -> spec.withLabel("Chức danh người ký")).getValue())
                .isEqualTo("Giám đốc");
        ButtonKt._click(LocatorJ._get(sign, Button.class, spec -> spec.withText("Ký phiếu")));
        assertThat(read(id).state()).isEqualTo(ApologyState.APPROVED);
        assertThat(read(id).letter().signerTitle()).isEqualTo("Giám đốc");
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Duyệt và ký"))).isEmpty();

        click("Đánh dấu đã gửi");
        Dialog send = LocatorJ._get(Dialog.class);
        assertThat(LocatorJ._get(send, Select.class, spec -> spec.withLabel("Đã gửi qua")).getValue())
                .isEqualTo(DeliveryChannel.DESK);
        ButtonKt._click(LocatorJ._get(send, Button.class, spec -> spec.withText("Xác nhận đã gửi")));
        assertThat(read(id).state()).isEqualTo(ApologyState.SENT);

        click("Công khai");
        Dialog publish = LocatorJ._get(Dialog.class);
        HasValueUtilsKt._setValue(LocatorJ._get(publish, ComboBox.class, spec -> spec.withLabel("Nơi công khai")),
                "Cổng thông tin điện tử");
        ButtonKt._click(LocatorJ._get(publish, Button.class, spec -> spec.withText("Ghi nhận công khai")));
        Apology done = read(id);
        assertThat(done.state()).isEqualTo(ApologyState.PUBLISHED);
        assertThat(done.publication().where()).isEqualTo("Cổng thông tin điện tử");

        assertThat(LocatorJ._get(Span.class, spec -> spec.withText("Đã công khai"))).isNotNull();
        assertThat(ApologyViewsTest.<ApologyStep>rows()).extracting(ApologyStep::action).containsExactly(
                ApologyAction.CREATED, ApologyAction.APPROVED, ApologyAction.SENT, ApologyAction.PUBLISHED);
        // the channel is a fact of the sent step, worded here; the publication's place is the user's words
        Grid<?> history = LocatorJ._get(Grid.class);
        assertThat(GridKt._getFormatted(history, 2, "comment")).isEqualTo("Gửi qua: Trực tiếp tại bộ phận một cửa");
        assertThat(GridKt._getFormatted(history, 3, "comment")).isEqualTo("Cổng thông tin điện tử");
        assertThat(Stream.of("Duyệt và ký", "Đánh dấu đã gửi", "Công khai")
                .flatMap(t -> LocatorJ._find(Button.class, spec -> spec.withText(t)).stream())).isEmpty();
    }

    @Test
    void aReturnNeedsACommentAndTheDrafterEditsTheReturnedDraft() {
        long id = draft("T-AP-1", cal.addWorkingDays(today, 3));
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("apologies/" + id);
        click("Trả lại");
        Dialog dialog = LocatorJ._get(Dialog.class);
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Trả lại dự thảo")));
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Hãy ghi rõ lý do trả lại."));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(read(id).state()).isEqualTo(ApologyState.DRAFT);

        HasValueUtilsKt._setValue(LocatorJ._get(dialog, TextArea.class), "Ghi rõ bước nào chậm");
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Trả lại dự thảo")));
        assertThat(read(id).state()).isEqualTo(ApologyState.RETURNED);
        assertThat(texts(UI.getCurrent())).contains("Ý kiến trả lại: Ghi rõ bước nào chậm");

        HasValueUtilsKt._setValue(LocatorJ._get(TextArea.class, spec -> spec.withLabel("Lý do trễ hạn")),
                "Bước thẩm định chậm 2 ngày");
        click("Lưu dự thảo");
        Apology edited = read(id);
        assertThat(edited.state()).isEqualTo(ApologyState.DRAFT);
        assertThat(edited.reason()).isEqualTo("Bước thẩm định chậm 2 ngày");
        assertThat(ApologyViewsTest.<ApologyStep>rows()).extracting(ApologyStep::action)
                .containsExactly(ApologyAction.CREATED, ApologyAction.RETURNED, ApologyAction.EDITED);
    }

    @Test
    void aCommuneLeaderOpeningAnotherUnitsApologySeesNotFound() {
        long id = draft("T-AP-1", cal.addWorkingDays(today, 3));
        loginAs("lanhdao.anxuyen");
        UI.getCurrent().navigate("apologies/" + id);
        assertThat(heading()).isEqualTo("Không tìm thấy phiếu xin lỗi");
        assertThat(LocatorJ._find(Grid.class)).isEmpty();
        open("apologies", "");
        assertThat(registerCodes()).doesNotContain("T-AP-1");
        UI.getCurrent().navigate("apologies/not-a-number");
        assertThat(heading()).isEqualTo("Không tìm thấy phiếu xin lỗi");
    }

    @Test
    void aReadOnlyRoleSeesTheApologyButNoWorkflowButtonsAndCannotDraft() {
        long id = draft("T-AP-1", cal.addWorkingDays(today, 3));
        loginAs("admin");
        UI.getCurrent().navigate("apologies/" + id);
        assertThat(heading()).isEqualTo("Phiếu xin lỗi hồ sơ T-AP-1");
        assertThat(WORKFLOW_BUTTONS.stream()
                .flatMap(t -> LocatorJ._find(Button.class, spec -> spec.withText(t)).stream())).isEmpty();
        assertThat(LocatorJ._find(TextArea.class)).isEmpty();
        // The letter names the applicant in full: not for a read-only role
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withText("Phiếu xin lỗi (PDF A4) (Dự thảo)"))).isEmpty();
        open("apologies/new", "dossier=T-AP-2");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void theLetterDownloadsAsAPdfAndTheShortTextShows() throws Exception {
        long id = draft("T-AP-1", cal.addWorkingDays(today, 3));
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("apologies/" + id);
        byte[] pdf = com.github.mvysny.kaributesting.v10.DownloadKt._download(LocatorJ._get(
                com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Phiếu xin lỗi (PDF A5) (Dự thảo)")));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC))
                    .contains("T-AP-1", "DỰ THẢO", "Nguyễn Văn Thử");
        }
        click("Nội dung gửi SMS/Zalo/thư điện tử");
        assertThat(LocatorJ._get(LocatorJ._get(Dialog.class), TextArea.class).getValue()).contains("T-AP-1");
    }

    /** The phone's filter button read "Bộ lọc (1) false": an unticked box counted as a filter, shown as "false". */
    @Test
    void theFoldedFiltersCountATickedBoxByItsLabelAndAnUntickedOneNotAtAll() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(ApologyRegisterView.class);
        vn.camau.reform.base.ui.phone.FilterFold fold = LocatorJ._get(vn.camau.reform.base.ui.phone.FilterFold.class);
        assertThat(fold.getSummary()).isEqualTo("Bộ lọc");
        HasValueUtilsKt._setValue(LocatorJ._get(Checkbox.class, spec -> spec.withLabel("Chỉ hồ sơ trễ lần hai")), true);
        assertThat(fold.getSummary()).isEqualTo("Bộ lọc (1): Chỉ hồ sơ trễ lần hai");
    }

    @Test
    void anHrOfficerIsDeniedTheRegister() {
        loginAs("nhansu");
        UI.getCurrent().navigate(ApologyRegisterView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
