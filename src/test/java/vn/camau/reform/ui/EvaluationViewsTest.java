package vn.camau.reform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.evaluation.TestEvaluations.COLLEAGUES;
import static vn.camau.reform.evaluation.TestEvaluations.Q3_2026;
import static vn.camau.reform.evaluation.TestEvaluations.RATED;
import static vn.camau.reform.evaluation.TestEvaluations.YEAR_2025;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

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
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.TestLogins;
import vn.camau.reform.dashboard.ui.HomeView;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.EvaluationState;
import vn.camau.reform.evaluation.Frequency;
import vn.camau.reform.evaluation.RatingLevel;
import vn.camau.reform.evaluation.ScoreForm;
import vn.camau.reform.evaluation.TestEvaluations;
import vn.camau.reform.evaluation.ui.EvaluationView;

/** The evaluation screens: opening a round, self-assessing, privacy, the quota line, the exports, a locked rating. */
class EvaluationViewsTest extends KaribuTest {

    private static final String GENERAL = "Điểm tiêu chí chung (0–30)";
    private static final String TASK = "Điểm kết quả thực hiện nhiệm vụ (0–70)";

    @Autowired
    TestEvaluations fixture;
    @Autowired
    EvaluationService service;

    @BeforeEach
    void setUpPeople() {
        fixture.setUp();
    }

    @AfterEach
    void removePeople() {
        fixture.tearDown();
    }

    /** Runs a service call as another user and puts the UI's login back. */
    private <T> T as(String username, Supplier<T> call) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        TestLogins.loginAs(users, username);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private long openCycle(Frequency frequency, LocalDate start) {
        return as("nhansu", () -> service.openCycle(AGENCY, frequency, start));
    }

    private Evaluation rating(long cycle, long officerId) {
        return as("nhansu", () -> service.ofCycle(cycle).stream().filter(e -> e.officerId() == officerId)
                .findFirst().orElseThrow());
    }

    private Evaluation reload(long id) {
        return as("nhansu", () -> service.find(id).orElseThrow());
    }

    /** Self-assessed, proposed and reviewed: on the head's desk. */
    private Evaluation reviewed(long cycle, long officerId, String general, String task) {
        Evaluation e = rating(cycle, officerId);
        ScoreForm points = new ScoreForm(new BigDecimal(general), new BigDecimal(task), null, null);
        as("test.truongphong", () -> {
            service.propose(e.id(), e.version(), points);
            return null;
        });
        as("nhansu", () -> {
            service.review(e.id(), reload(e.id()).version(), null);
            return null;
        });
        return reload(e.id());
    }

    private static void click(String text) {
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText(text)));
    }

    private static String heading() {
        return LocatorJ._get(H2.class).getText();
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

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + texts(n)).toList();
    }

    private static String texts(Component c) {
        String own = c instanceof HasText t ? t.getText() : "";
        return own + " " + String.join(" ", c.getChildren().map(EvaluationViewsTest::texts).toList());
    }

    private static BigDecimalField field(Dialog dialog, String label) {
        return LocatorJ._get(dialog, BigDecimalField.class, spec -> spec.withLabel(label));
    }

    @Test
    void hrOpensACycleFromTheDialogAndSeesItsProgress() {
        loginAs("nhansu");
        UI.getCurrent().navigate("evaluations", QueryParameters.of("unit", String.valueOf(AGENCY)));
        assertThat(rows()).isEmpty();
        click("Mở kỳ đánh giá");
        Dialog dialog = LocatorJ._get(Dialog.class);
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, Select.class, spec -> spec.withLabel("Loại kỳ")),
                Frequency.QUARTERLY);
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withLabel("Ngày bắt đầu kỳ")), LocalDate.of(2026, 8, 1));
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Mở kỳ")));
        // Not the first day of a quarter: refused, the dialog stays as it was
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("phải bắt đầu từ ngày đầu tháng"));
        assertThat(dialog.isOpened()).isTrue();

        HasValueUtilsKt._setValue(LocatorJ._get(dialog, com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withLabel("Ngày bắt đầu kỳ")), Q3_2026);
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Mở kỳ")));
        assertThat(dialog.isOpened()).isFalse();
        List<EvaluationCycle> cycles = rows();
        assertThat(cycles).hasSize(1);
        EvaluationCycle c = cycles.getFirst();
        assertThat(c.rules().name()).isEqualTo("Nghị định 335/2025/NĐ-CP");
        assertThat(c.progress().total()).isEqualTo(7);
        assertThat(c.progress().awaitingSelf()).isEqualTo(7);
        // The quarter's self-assessment deadline has passed with nobody done: marked overdue
        @SuppressWarnings("unchecked")
        Grid<EvaluationCycle> grid = LocatorJ._get(Grid.class);
        Span awaiting = (Span) GridKt._getCellComponent(grid, 0, "awaitingSelf");
        assertThat(awaiting.getText()).isEqualTo("7");
        assertThat(awaiting.getElement().getThemeList()).contains("error");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "selfDeadline")).getText()).endsWith("(quá hạn)");

        GridKt._clickItem(grid, 0);
        assertThat(heading()).isEqualTo("Sở Thử nghiệm – Quý 3/2026");
        assertThat(rows()).hasSize(7);
    }

    @Test
    void anOfficerSelfAssessesThroughTheDialogAndSeesTheLevelComputed() {
        long cycle = openCycle(Frequency.QUARTERLY, Q3_2026);
        Evaluation e = rating(cycle, RATED);
        loginAs("test.canbo");
        UI.getCurrent().navigate("evaluations/" + e.id());
        assertThat(heading()).isEqualTo("Đánh giá Phạm Văn Cán – Quý 3/2026");
        assertThat(LocatorJ._get(Paragraph.class, spec -> spec.withText(
                "Số liệu tính tự động từ hồ sơ, phiếu xin lỗi và đường dây nóng trong kỳ; không ai chỉnh sửa được.")))
                .isNotNull();
        // Only their own step is offered
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Đề xuất xếp loại"))).isEmpty();
        click("Tự đánh giá");
        Dialog dialog = LocatorJ._get(Dialog.class);
        Span total = LocatorJ._get(dialog, Span.class, spec -> spec.withId("running-total"));
        HasValueUtilsKt._setValue(field(dialog, GENERAL), new BigDecimal("29.99"));
        HasValueUtilsKt._setValue(field(dialog, TASK), new BigDecimal("60"));
        assertThat(total.getText()).isEqualTo("Tổng điểm: 89,99 – Hoàn thành tốt nhiệm vụ");
        HasValueUtilsKt._setValue(field(dialog, GENERAL), new BigDecimal("30"));
        assertThat(total.getText()).isEqualTo("Tổng điểm: 90 – Hoàn thành xuất sắc nhiệm vụ");
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Gửi tự đánh giá")));

        Evaluation saved = reload(e.id());
        assertThat(saved.state()).isEqualTo(EvaluationState.SELF_ASSESSED);
        assertThat(saved.self().level()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(saved.self().total()).isEqualByComparingTo("90");
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Tự đánh giá"))).isEmpty();
        assertThat(texts(LocatorJ._get(FlexLayout.class, spec -> spec.withId("step-entries"))))
                .contains("Xếp loại: Hoàn thành xuất sắc nhiệm vụ", "Tổng điểm: 90");
    }

    @Test
    void aScoreOutOfRangeShowsTheMessageAndKeepsTheInput() {
        long cycle = openCycle(Frequency.QUARTERLY, Q3_2026);
        Evaluation e = rating(cycle, RATED);
        loginAs("test.canbo");
        UI.getCurrent().navigate("evaluations/" + e.id());
        click("Tự đánh giá");
        Dialog dialog = LocatorJ._get(Dialog.class);
        HasValueUtilsKt._setValue(field(dialog, GENERAL), new BigDecimal("31"));
        HasValueUtilsKt._setValue(field(dialog, TASK), new BigDecimal("50"));
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Gửi tự đánh giá")));
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Điểm tiêu chí chung phải từ 0 đến 30."));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(field(dialog, GENERAL).getValue()).isEqualByComparingTo("31");
        assertThat(field(dialog, TASK).getValue()).isEqualByComparingTo("50");
        assertThat(reload(e.id()).state()).isEqualTo(EvaluationState.AWAITING_SELF);
        // Corrected in the same dialog, it goes through
        HasValueUtilsKt._setValue(field(dialog, GENERAL), new BigDecimal("30"));
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Gửi tự đánh giá")));
        assertThat(reload(e.id()).self().level()).isEqualTo(RatingLevel.GOOD);
    }

    @Test
    void aCommuneLeaderCannotOpenAnotherUnitsRating() {
        long cycle = openCycle(Frequency.QUARTERLY, Q3_2026);
        Evaluation e = rating(cycle, RATED);
        loginAs("lanhdao.anxuyen");
        UI.getCurrent().navigate("evaluations/" + e.id());
        assertThat(heading()).isEqualTo("Không tìm thấy phiếu đánh giá");
        assertThat(LocatorJ._find(Grid.class)).isEmpty();
        assertThat(texts(UI.getCurrent())).doesNotContain("Phạm Văn Cán");
        UI.getCurrent().navigate("evaluations/cycle/" + cycle);
        assertThat(heading()).isEqualTo("Không tìm thấy kỳ đánh giá");
        UI.getCurrent().navigate("evaluations");
        assertThat(LocatorJ._get(Grid.class).getGenericDataView().getItems()
                .map(c -> ((EvaluationCycle) c).id())).doesNotContain(cycle);
    }

    @Test
    void theOfficerSeesOnlyTheirOwnRatingInTheCycle() {
        long cycle = openCycle(Frequency.QUARTERLY, Q3_2026);
        loginAs("test.canbo");
        UI.getCurrent().navigate("evaluations/cycle/" + cycle);
        assertThat(EvaluationViewsTest.<Evaluation>rows()).extracting(Evaluation::officerId).containsExactly(RATED);
        GridKt._clickItem(LocatorJ._get(Grid.class), 0);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(EvaluationView.class);
        // Not a screen for officers: the list of cycles
        UI.getCurrent().navigate("evaluations");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(
                vn.camau.reform.evaluation.ui.EvaluationCyclesView.class);
    }

    @Test
    void theQuotaLineTurnsRedWhenMoreAreExcellentThanAllowed() {
        long cycle = openCycle(Frequency.ANNUAL, YEAR_2025);
        RatingLevel[] levels = {RatingLevel.EXCELLENT, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.GOOD,
                RatingLevel.GOOD};
        for (int i = 0; i < levels.length; i++) {
            propose(cycle, COLLEAGUES.get(i), levels[i]);
        }
        loginAs("nhansu");
        UI.getCurrent().navigate("evaluations/cycle/" + cycle);
        Span quota = LocatorJ._get(Span.class, spec -> spec.withId("excellent-quota"));
        assertThat(quota.getText()).isEqualTo(
                "Hoàn thành xuất sắc: 1, tối đa được 1 = 20% của 5 người xếp loại tốt trở lên");
        assertThat(quota.getElement().getThemeList()).contains("success").doesNotContain("error");

        // A second excellent among six good or better: one more than a fifth allows
        propose(cycle, RATED, RatingLevel.EXCELLENT);
        UI.getCurrent().navigate("evaluations/cycle/" + cycle);
        quota = LocatorJ._get(Span.class, spec -> spec.withId("excellent-quota"));
        assertThat(quota.getText()).isEqualTo(
                "Hoàn thành xuất sắc: 2, tối đa được 1 = 20% của 6 người xếp loại tốt trở lên – vượt tỷ lệ");
        assertThat(quota.getElement().getThemeList()).contains("error");
    }

    /** Under Decree 90/2020 the manager chooses the level; 2025's self-assessment deadline has passed. */
    private void propose(long cycle, long officerId, RatingLevel level) {
        Evaluation e = rating(cycle, officerId);
        as("test.truongphong", () -> {
            service.propose(e.id(), e.version(), new ScoreForm(null, null, level, null));
            return null;
        });
    }

    @Test
    void theExcelAndPdfListsHoldTheReadableRatingsOnly() throws Exception {
        long cycle = openCycle(Frequency.QUARTERLY, Q3_2026);
        Evaluation approved = reviewed(cycle, COLLEAGUES.getFirst(), "25", "55");
        as("test.giamdoc", () -> {
            service.approve(approved.id(), approved.version(), null);
            return null;
        });

        loginAs("nhansu");
        UI.getCurrent().navigate("evaluations/cycle/" + cycle);
        assertThat(excel()).contains("Phạm Văn Cán", "Cán bộ 9103", "Hoàn thành tốt nhiệm vụ");
        assertThat(pdf()).contains("DANH SÁCH KẾT QUẢ XẾP LOẠI", "SỞ THỬ NGHIỆM", "Quý 3/2026",
                "Nghị định 335/2025/NĐ-CP", "Phạm Văn Cán", "Cán bộ 9103", "Hoàn thành tốt nhiệm vụ", "80",
                "THỦ TRƯỞNG ĐƠN VỊ");

        loginAs("test.canbo");
        UI.getCurrent().navigate("evaluations/cycle/" + cycle);
        assertThat(excel()).contains("Phạm Văn Cán").doesNotContain("Cán bộ 9103");
        assertThat(pdf()).contains("Phạm Văn Cán").doesNotContain("Cán bộ 9103");
    }

    private static String excel() throws Exception {
        byte[] bytes = DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("Xuất Excel")));
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String pdf() throws Exception {
        byte[] bytes = DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("Xuất PDF lưu hồ sơ")));
        try (var doc = Loader.loadPDF(bytes)) {
            // Table cells may wrap: compare on words, not on line breaks
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void approvingWhatWasApprovedMeanwhileSaysItIsLocked() {
        long cycle = openCycle(Frequency.QUARTERLY, Q3_2026);
        Evaluation e = reviewed(cycle, RATED, "27", "62.99");
        loginAs("test.giamdoc");
        UI.getCurrent().navigate("evaluations/" + e.id());
        click("Phê duyệt");
        Dialog dialog = LocatorJ._get(Dialog.class);
        as("test.giamdoc", () -> {
            service.approve(e.id(), e.version(), null);
            return null;
        });
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Phê duyệt và khóa")));
        assertThat(notifications()).anySatisfy(n -> assertThat(n)
                .contains("Phiếu đánh giá của Phạm Văn Cán đã được phê duyệt và khóa."));
        assertThat(dialog.isOpened()).isTrue();
        // The page behind shows it approved, with no step left to take
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Phê duyệt"))).isEmpty();
        assertThat(reload(e.id()).finalLevel()).isEqualTo(RatingLevel.GOOD);
    }

    @Test
    void underTheOlderDecreeTheManagerChoosesALevelAndHrReturnsItOnlyWithAComment() {
        long cycle = openCycle(Frequency.ANNUAL, YEAR_2025);
        Evaluation e = rating(cycle, RATED);
        loginAs("test.truongphong");
        UI.getCurrent().navigate("evaluations/" + e.id());
        click("Đề xuất xếp loại");
        Dialog propose = LocatorJ._get(Dialog.class);
        assertThat(LocatorJ._find(propose, BigDecimalField.class)).isEmpty();
        HasValueUtilsKt._setValue(LocatorJ._get(propose, Select.class, spec -> spec.withLabel("Mức xếp loại")),
                RatingLevel.GOOD);
        ButtonKt._click(LocatorJ._get(propose, Button.class, spec -> spec.withText("Gửi đề xuất")));
        assertThat(reload(e.id()).proposal().level()).isEqualTo(RatingLevel.GOOD);
        // No self-assessment came in time, and the history says so
        assertThat(EvaluationViewsTest.<vn.camau.reform.evaluation.EvaluationStep>rows())
                .extracting(vn.camau.reform.evaluation.EvaluationStep::comment)
                .containsExactly("Không tự đánh giá trong hạn.");

        loginAs("nhansu");
        UI.getCurrent().navigate("evaluations/" + e.id());
        click("Trả lại");
        Dialog back = LocatorJ._get(Dialog.class);
        ButtonKt._click(LocatorJ._get(back, Button.class, spec -> spec.withText("Trả lại")));
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Hãy nhập ý kiến."));
        assertThat(back.isOpened()).isTrue();
        HasValueUtilsKt._setValue(LocatorJ._get(back, com.vaadin.flow.component.textfield.TextArea.class),
                "Đối chiếu lại số hồ sơ trễ hạn");
        ButtonKt._click(LocatorJ._get(back, Button.class, spec -> spec.withText("Trả lại")));
        assertThat(reload(e.id()).state()).isEqualTo(EvaluationState.SELF_ASSESSED);
        assertThat(texts(UI.getCurrent())).contains("Ý kiến trả lại: Đối chiếu lại số hồ sơ trễ hạn");
    }

    @Test
    void myEvaluationsListsTheOfficersOwnAndIsOfferedOnlyToOfficers() {
        long cycle = openCycle(Frequency.QUARTERLY, Q3_2026);
        loginAs("test.canbo");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(menu()).contains("Đánh giá của tôi").doesNotContain("Đánh giá, xếp loại");
        UI.getCurrent().navigate("my-evaluations");
        assertThat(EvaluationViewsTest.<Evaluation>rows()).extracting(Evaluation::cycleId).containsExactly(cycle);
        assertThat(LocatorJ._find(Grid.class, spec -> spec.withId("managed-ratings"))).isEmpty();
        GridKt._clickItem(LocatorJ._get(Grid.class), 0);
        assertThat(heading()).isEqualTo("Đánh giá Phạm Văn Cán – Quý 3/2026");

        // Their manager finds the ratings they are to propose, theirs among them
        loginAs("test.truongphong");
        UI.getCurrent().navigate("my-evaluations");
        @SuppressWarnings("unchecked")
        Grid<Evaluation> managed = LocatorJ._get(Grid.class, spec -> spec.withId("managed-ratings"));
        assertThat(GridKt._size(managed)).isEqualTo(6);
        assertThat(GridKt._findAll(managed)).extracting(Evaluation::officerId).contains(RATED);

        loginAs("admin");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(menu()).doesNotContain("Đánh giá của tôi", "Đánh giá, xếp loại");
        UI.getCurrent().navigate("my-evaluations");
        assertThat(LocatorJ._find(Grid.class)).isEmpty();
        assertThat(texts(UI.getCurrent())).contains("chưa gắn với hồ sơ cán bộ, công chức");

        loginAs("lanhdao.anxuyen");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(menu()).contains("Đánh giá, xếp loại").doesNotContain("Đánh giá của tôi");
    }

    private static List<String> menu() {
        return LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
