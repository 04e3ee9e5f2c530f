package vn.camau.reform.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.evaluation.EvaluationFixture.COLLEAGUES;
import static vn.camau.reform.evaluation.EvaluationFixture.MANAGER;
import static vn.camau.reform.evaluation.EvaluationFixture.RATED;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.TestLogins;
import vn.camau.reform.evaluation.RatingLevel;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.EvaluationState;
import vn.camau.reform.evaluation.EvaluationFixture;
import vn.camau.reform.evaluation.Frequency;
import vn.camau.reform.evaluation.ScoreForm;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.repository.UserRepository;
import vn.camau.reform.ui.KaribuTest;

/** The evaluation screens: one rating and its dialogs, the officer's own list, cycles, the classification. */
@Transactional // the views run on the test thread: what the test and the screens wrote rolls back
class EvaluationViewsTest extends KaribuTest {

    static final LocalDate Q3_2026 = LocalDate.of(2026, 7, 1);
    static final String EVIDENCE_SOURCE =
            "Số liệu tự động từ hồ sơ, phiếu xin lỗi và đường dây nóng (chỉ xem, không sửa được).";

    @Autowired
    EvaluationService service;
    @Autowired
    UserRepository userRepository;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    EvaluationFixture team;

    @BeforeEach
    void setUp() {
        testDossiers.ensureReferenceData();
        team.load();
        userRepository.insert("test.khongcanbo", "{noop}x", "Ngô Văn Khách", AGENCY, Set.of(Role.OFFICER));
    }

    /** Opens Q3 2026 for the test unit as HR, through the service, and returns the rated officer's rating. */
    private long openQ3() {
        TestLogins.loginAs(users, "nhansu");
        long cycle = service.openCycle(AGENCY, Frequency.QUARTERLY, Q3_2026);
        TestLogins.logout();
        return cycle;
    }

    private Evaluation rating(long cycle, long officerId) {
        TestLogins.loginAs(users, "nhansu");
        try {
            return service.ofCycle(cycle).stream().filter(e -> e.officerId() == officerId).findFirst().orElseThrow();
        } finally {
            TestLogins.logout();
        }
    }

    /** Takes a step through the service as someone, outside the screens. */
    private void as(String username, Runnable step) {
        TestLogins.as(users, username, step);
    }

    private Evaluation reload(Evaluation e) {
        TestLogins.loginAs(users, "nhansu");
        try {
            return service.find(e.id()).orElseThrow();
        } finally {
            TestLogins.logout();
        }
    }

    private static ScoreForm points(String general, String task) {
        return new ScoreForm(new BigDecimal(general), new BigDecimal(task), null, null);
    }

    private static void click(String text) {
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText(text)));
    }

    private static void clickIn(Dialog dialog, String text) {
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText(text)));
    }

    private static List<String> buttons() {
        return LocatorJ._find(Button.class).stream().map(Button::getText).toList();
    }

    private static List<String> paragraphs() {
        return LocatorJ._find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static List<String> spans() {
        return LocatorJ._find(Span.class).stream().map(Span::getText).toList();
    }

    /** Texts of the open notifications: plain ones, and the error ones that hold a Span and a close button. */
    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + texts(n)).toList();
    }

    private static String texts(Component c) {
        String own = c instanceof HasText t ? t.getText() : "";
        return own + String.join(" ", c.getChildren().map(EvaluationViewsTest::texts).toList());
    }

    private static BigDecimalField scoreField(Dialog dialog, String labelStart) {
        return LocatorJ._get(dialog, BigDecimalField.class, spec -> spec.withLabel(labelStart));
    }

    @Test
    void anOfficerAssessesThemselvesAndSeesTheLevelTheirPointsGive() {
        long cycle = openQ3();
        Evaluation e = rating(cycle, RATED);
        loginAs("test.canbo");
        UI.getCurrent().navigate("evaluations/" + e.id());
        assertThat(spans()).contains("Chờ tự đánh giá");
        assertThat(paragraphs()).contains(EVIDENCE_SOURCE);
        assertThat(buttons()).contains("Tự đánh giá").doesNotContain("Đề xuất xếp loại", "Phê duyệt", "Trả lại");
        click("Tự đánh giá");
        Dialog dialog = LocatorJ._get(Dialog.class);
        HasValueUtilsKt._setValue(scoreField(dialog, "Điểm tiêu chí chung (0–30)"), new BigDecimal("30"));
        HasValueUtilsKt._setValue(scoreField(dialog, "Điểm kết quả thực hiện nhiệm vụ (0–70)"), new BigDecimal("59.99"));
        Span total = LocatorJ._get(dialog, Span.class, spec -> spec.withId("score-total"));
        assertThat(total.getText()).isEqualTo("Tổng điểm: 89,99 – Hoàn thành tốt nhiệm vụ");
        HasValueUtilsKt._setValue(scoreField(dialog, "Điểm kết quả thực hiện nhiệm vụ (0–70)"), new BigDecimal("60"));
        assertThat(total.getText()).isEqualTo("Tổng điểm: 90 – Hoàn thành xuất sắc nhiệm vụ");
        clickIn(dialog, "Gửi tự đánh giá");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Đã gửi tự đánh giá.");
        assertThat(spans()).contains("Điểm: 30 + 60 = 90", "Hoàn thành xuất sắc nhiệm vụ", "Chờ quản lý đề xuất");
        assertThat(buttons()).doesNotContain("Tự đánh giá");
        assertThat(reload(e).self().level()).hasToString("EXCELLENT");
    }

    @Test
    void anOutOfRangeScoreIsRefusedWithAMessageAndTheInputKept() {
        long cycle = openQ3();
        Evaluation e = rating(cycle, RATED);
        loginAs("test.canbo");
        UI.getCurrent().navigate("evaluations/" + e.id());
        click("Tự đánh giá");
        Dialog dialog = LocatorJ._get(Dialog.class);
        HasValueUtilsKt._setValue(scoreField(dialog, "Điểm tiêu chí chung (0–30)"), new BigDecimal("31"));
        HasValueUtilsKt._setValue(scoreField(dialog, "Điểm kết quả thực hiện nhiệm vụ (0–70)"), new BigDecimal("60"));
        assertThat(LocatorJ._get(dialog, Span.class, spec -> spec.withId("score-total")).getText())
                .isEqualTo("Điểm tiêu chí chung phải từ 0 đến 30.");
        clickIn(dialog, "Gửi tự đánh giá");

        assertThat(notifications()).anyMatch(n -> n.contains("Điểm tiêu chí chung phải từ 0 đến 30."));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(scoreField(dialog, "Điểm tiêu chí chung (0–30)").getValue()).isEqualByComparingTo("31");
        assertThat(reload(e).state()).isEqualTo(EvaluationState.AWAITING_SELF);
    }

    @Test
    void theManagerProposesAndTheHeadApprovesThroughTheDialogsThenApprovalIsNoLongerOffered() {
        long cycle = openQ3();
        Evaluation e = rating(cycle, RATED);
        as("test.canbo", () -> service.selfAssess(e.id(), e.version(), points("28", "62")));

        loginAs("test.truongphong");
        UI.getCurrent().navigate("evaluations/" + e.id());
        assertThat(buttons()).contains("Đề xuất xếp loại", "Trả lại").doesNotContain("Phê duyệt");
        click("Đề xuất xếp loại");
        Dialog propose = LocatorJ._get(Dialog.class);
        // Starts from the officer's own points; the manager lowers the task part
        assertThat(scoreField(propose, "Điểm tiêu chí chung (0–30)").getValue()).isEqualByComparingTo("28");
        HasValueUtilsKt._setValue(scoreField(propose, "Điểm kết quả thực hiện nhiệm vụ (0–70)"), new BigDecimal("50"));
        clickIn(propose, "Gửi đề xuất");
        assertThat(spans()).contains("Điểm: 28 + 50 = 78", "Chờ nhân sự thẩm định");

        loginAs("nhansu");
        UI.getCurrent().navigate("evaluations/" + e.id());
        click("Thẩm định");
        clickIn(LocatorJ._get(Dialog.class), "Xác nhận thẩm định");

        loginAs("test.giamdoc");
        UI.getCurrent().navigate("evaluations/" + e.id());
        assertThat(buttons()).contains("Phê duyệt", "Trả lại");
        click("Phê duyệt");
        clickIn(LocatorJ._get(Dialog.class), "Phê duyệt và khóa");
        assertThat(notifications()).contains("Đã phê duyệt; phiếu đánh giá đã khóa.");
        assertThat(spans()).contains("Đã phê duyệt");
        assertThat(buttons()).doesNotContain("Phê duyệt", "Trả lại");
        assertThat(reload(e).approval().finalLevel()).hasToString("GOOD");
        assertThat(reload(e).approval().finalScore()).isEqualByComparingTo("78");
    }

    @Test
    void aReturnNeedsACommentAndShowsOnThePage() {
        long cycle = openQ3();
        Evaluation e = rating(cycle, RATED);
        as("test.canbo", () -> service.selfAssess(e.id(), e.version(), points("28", "62")));
        loginAs("test.truongphong");
        UI.getCurrent().navigate("evaluations/" + e.id());
        click("Trả lại");
        Dialog dialog = LocatorJ._get(Dialog.class);
        clickIn(dialog, "Trả lại");
        assertThat(notifications()).anyMatch(n -> n.contains("Hãy nhập ý kiến."));
        assertThat(dialog.isOpened()).isTrue();
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, com.vaadin.flow.component.textfield.TextArea.class),
                "Bổ sung minh chứng");
        clickIn(dialog, "Trả lại");
        assertThat(LocatorJ._get(Paragraph.class, spec -> spec.withId("return-comment"))
                .getText()).isEqualTo("Đã trả lại: Bổ sung minh chứng");
    }

    @Test
    void aCommuneLeaderCannotOpenAnotherUnitsRating() {
        long cycle = openQ3();
        Evaluation e = rating(cycle, RATED);
        loginAs("lanhdao.anxuyen");
        UI.getCurrent().navigate("evaluations/" + e.id());
        assertThat(notifications()).anyMatch(n -> n.contains("Không tìm thấy phiếu đánh giá này trong phạm vi của bạn."));
        assertThat(spans()).doesNotContain("Phạm Văn Cán");
        assertThat(paragraphs()).doesNotContain(EVIDENCE_SOURCE);
        assertThat(buttons()).doesNotContain("Tự đánh giá", "Đề xuất xếp loại", "Phê duyệt");
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

    @Test
    void myEvaluationsListOnlyTheOfficersOwn() {
        long cycle = openQ3();
        loginAs("test.canbo");
        UI.getCurrent().navigate("my-evaluations");
        List<Evaluation> mine = rows();
        assertThat(mine).extracting(Evaluation::officerName).containsExactly("Phạm Văn Cán");
        assertThat(mine.getFirst().cycleId()).isEqualTo(cycle);
        assertThat(GridKt._getFormatted(LocatorJ._get(Grid.class), 0, "period")).isEqualTo("Quý 3/2026");
        GridKt._clickItem(LocatorJ._get(Grid.class), 0);
        assertThat(spans()).contains("Chờ tự đánh giá");
        assertThat(buttons()).contains("Tự đánh giá");
    }

    @Test
    void aManagerFindsTheRatingsOfTheOfficersTheyManageInTheirList() {
        long cycle = openQ3();
        loginAs("test.truongphong");
        UI.getCurrent().navigate("my-evaluations");
        @SuppressWarnings("unchecked")
        Grid<Evaluation> team = LocatorJ._get(Grid.class, spec -> spec.withId("managed-ratings"));
        assertThat(GridKt._findAll(team)).hasSize(6).allMatch(e -> e.cycleId() == cycle)
                .extracting(Evaluation::officerName).contains("Phạm Văn Cán").doesNotContain("Lê Thị Trưởng");
        GridKt._clickItem(team, GridKt._findAll(team).stream().map(Evaluation::officerName).toList()
                .indexOf("Phạm Văn Cán"));
        assertThat(spans()).contains("Phạm Văn Cán");
        // An officer who manages nobody has no such list
        loginAs("test.canbo");
        UI.getCurrent().navigate("my-evaluations");
        assertThat(LocatorJ._find(Grid.class, spec -> spec.withId("managed-ratings"))).isEmpty();
    }

    /**
     * Runs a step as someone else while the screen stays signed in as its user, as a colleague's
     * click elsewhere would.
     */
    private void meanwhile(String username, Runnable step) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        TestLogins.loginAs(users, username);
        try {
            step.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    @Test
    void approvingWhatWasApprovedMeanwhileSaysItIsLockedAndKeepsTheDialog() {
        long cycle = openQ3();
        Evaluation e = rating(cycle, RATED);
        as("test.canbo", () -> service.selfAssess(e.id(), e.version(), points("28", "62")));
        int selfAssessed = reload(e).version();
        as("test.truongphong", () -> service.propose(e.id(), selfAssessed, points("27", "62.99")));
        int proposed = reload(e).version();
        as("nhansu", () -> service.review(e.id(), proposed, null));
        int version = reload(e).version();
        loginAs("test.giamdoc");
        UI.getCurrent().navigate("evaluations/" + e.id());
        click("Phê duyệt");
        Dialog dialog = LocatorJ._get(Dialog.class);
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, com.vaadin.flow.component.textfield.TextArea.class),
                "Đồng ý");
        meanwhile("test.giamdoc", () -> service.approve(e.id(), version, null));
        clickIn(dialog, "Phê duyệt và khóa");
        assertThat(notifications()).anyMatch(n -> n.contains("Phiếu đánh giá của Phạm Văn Cán đã được phê duyệt và khóa."));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(LocatorJ._get(dialog, com.vaadin.flow.component.textfield.TextArea.class).getValue())
                .isEqualTo("Đồng ý");
        assertThat(reload(e).approval().finalLevel()).hasToString("GOOD");
    }

    @Test
    void underTheOlderDecreeTheManagerChoosesALevelInTheDialog() {
        TestLogins.loginAs(users, "nhansu");
        long cycle = service.openCycle(AGENCY, Frequency.ANNUAL, LocalDate.of(2025, 1, 1));
        TestLogins.logout();
        Evaluation e = rating(cycle, RATED);
        loginAs("test.truongphong");
        UI.getCurrent().navigate("evaluations/" + e.id());
        click("Đề xuất xếp loại");
        Dialog dialog = LocatorJ._get(Dialog.class);
        assertThat(LocatorJ._find(dialog, BigDecimalField.class)).isEmpty();
        clickIn(dialog, "Gửi đề xuất");
        assertThat(notifications()).anyMatch(n -> n.contains("Hãy chọn mức xếp loại."));
        assertThat(dialog.isOpened()).isTrue();
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, Select.class, spec -> spec.withLabel("Mức xếp loại")),
                RatingLevel.GOOD);
        clickIn(dialog, "Gửi đề xuất");
        assertThat(reload(e).proposal().level()).isEqualTo(RatingLevel.GOOD);
        assertThat(reload(e).proposal().total()).isNull();
    }

    @Test
    void aUserWhoIsNoOfficerIsToldWhyTheirListIsEmpty() {
        openQ3();
        loginAs("test.khongcanbo");
        UI.getCurrent().navigate("my-evaluations");
        assertThat(LocatorJ._find(Grid.class)).isEmpty();
        assertThat(paragraphs()).contains("Tài khoản của bạn chưa gắn với hồ sơ cán bộ, công chức nào nên không có phiếu đánh giá.");
    }

    @Test
    void hrOpensACycleFromTheDialogAndSeesItsProgress() {
        loginAs("nhansu");
        UI.getCurrent().navigate("evaluations", QueryParameters.of("unit", String.valueOf(AGENCY)));
        assertThat(LocatorJ._get(ComboBox.class, spec -> spec.withLabel("Đơn vị")).getValue()).isNotNull();
        assertThat(rows()).isEmpty();
        click("Mở kỳ đánh giá");
        Dialog dialog = LocatorJ._get(Dialog.class);
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, Select.class, spec -> spec.withLabel("Loại kỳ")),
                Frequency.QUARTERLY);
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, DatePicker.class), Q3_2026);
        clickIn(dialog, "Mở kỳ");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Đã mở kỳ đánh giá.");
        List<EvaluationCycle> cycles = rows();
        assertThat(cycles).hasSize(1);
        assertThat(cycles.getFirst().progress().total()).isEqualTo(7);
        assertThat(cycles.getFirst().progress().awaitingSelf()).isEqualTo(7);
        assertThat(GridKt._getFormatted(LocatorJ._get(Grid.class), 0, "period")).isEqualTo("Quý 3/2026");
        assertThat(GridKt._getFormatted(LocatorJ._get(Grid.class), 0, "awaitingSelf")).isEqualTo("7");

        // The same period again is refused with the reason, and the dialog keeps the choice
        click("Mở kỳ đánh giá");
        Dialog again = LocatorJ._find(Dialog.class).stream().filter(Dialog::isOpened).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(LocatorJ._get(again, Select.class, spec -> spec.withLabel("Loại kỳ")),
                Frequency.QUARTERLY);
        HasValueUtilsKt._setValue(LocatorJ._get(again, DatePicker.class), Q3_2026);
        clickIn(again, "Mở kỳ");
        assertThat(notifications()).anyMatch(n -> n.contains("Đơn vị đã có kỳ đánh giá này."));
        assertThat(again.isOpened()).isTrue();

        // The cycle opens its page, a row per rating
        again.close();
        GridKt._clickItem(LocatorJ._get(Grid.class), 0);
        assertThat(LocatorJ._get(H2.class).getText()).endsWith("Quý 3/2026");
        assertThat(EvaluationViewsTest.<Evaluation>rows()).hasSize(7);
    }

    @Test
    void theQuotaLineTurnsRedWhenMoreAreExcellentThanAllowed() {
        long cycle = openQ3();
        // Seven rated good or better allow one excellent (20% of 7, rounded down); two are proposed
        List<Long> all = new ArrayList<>(COLLEAGUES);
        all.add(RATED);
        all.add(MANAGER);
        int n = 0;
        for (long officer : all) {
            if (officer == MANAGER) {
                continue;
            }
            Evaluation e = rating(cycle, officer);
            String task = n++ < 2 ? "65" : "50";
            as("test.truongphong", () -> service.propose(e.id(), e.version(), points("28", task)));
        }
        Evaluation head = rating(cycle, MANAGER);
        as("test.giamdoc", () -> service.propose(head.id(), head.version(), points("25", "50")));

        loginAs("test.giamdoc");
        UI.getCurrent().navigate("evaluations/cycle/" + cycle);
        Span quota = LocatorJ._get(Span.class, spec -> spec.withId("quota"));
        assertThat(quota.getText()).isEqualTo("Xuất sắc: 2 / tối đa 1 (20% của 7 người xếp loại tốt trở lên)");
        assertThat(quota.getClassNames()).contains("quota-over");
        assertThat(spans()).contains("Hoàn thành tốt nhiệm vụ: 5", "Không hoàn thành nhiệm vụ: 0");

        // HR sends the second back, the manager proposes "good": the line is within the quota
        Evaluation second = rating(cycle, all.get(1));
        as("nhansu", () -> service.returnForRevision(second.id(), second.version(), "Xem lại tỷ lệ xuất sắc"));
        int version = reload(second).version();
        as("test.truongphong", () -> service.propose(second.id(), version, points("28", "50")));
        loginAs("test.giamdoc");
        UI.getCurrent().navigate("evaluations/cycle/" + cycle);
        quota = LocatorJ._get(Span.class, spec -> spec.withId("quota"));
        assertThat(quota.getText()).isEqualTo("Xuất sắc: 1 / tối đa 1 (20% của 7 người xếp loại tốt trở lên)");
        assertThat(quota.getClassNames()).doesNotContain("quota-over");
    }

    @Test
    void theExportsHoldOnlyTheRatingsTheUserMayRead() throws Exception {
        long cycle = openQ3();
        Evaluation own = rating(cycle, RATED);
        as("test.canbo", () -> service.selfAssess(own.id(), own.version(), points("28", "62")));
        int version = reload(own).version();
        as("test.truongphong", () -> service.propose(own.id(), version, points("27", "62.99")));

        // The officer reads their own rating only
        loginAs("test.canbo");
        UI.getCurrent().navigate("evaluations/cycle/" + cycle);
        assertThat(EvaluationViewsTest.<Evaluation>rows()).extracting(Evaluation::officerName)
                .containsExactly("Phạm Văn Cán");
        byte[] xlsx = DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("Xuất Excel")));
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        }
        assertThat(cells).contains("Phạm Văn Cán", "Hoàn thành tốt nhiệm vụ (đề xuất)", "89.99")
                .noneMatch(c -> c.startsWith("Cán bộ 91"));
        byte[] pdf = DownloadKt._download(LocatorJ._get(Anchor.class,
                spec -> spec.withText("Danh sách xếp loại (PDF)")));
        try (var doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            assertThat(text).contains("DANH SÁCH XẾP LOẠI", "Phạm Văn Cán", "Quý 3/2026", "Nghị định 335/2025",
                    "THỦ TRƯỞNG ĐƠN VỊ", "89,99").doesNotContain("Cán bộ 91");
        }

        // HR reads all seven
        loginAs("nhansu");
        UI.getCurrent().navigate("evaluations/cycle/" + cycle);
        byte[] all = DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("Danh sách xếp loại (PDF)")));
        try (var doc = Loader.loadPDF(all)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Cán bộ 9103", "Cán bộ 9107");
        }
    }
}
