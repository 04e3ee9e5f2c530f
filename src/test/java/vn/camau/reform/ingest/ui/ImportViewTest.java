package vn.camau.reform.ingest.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dossier.ui.DossierListView;
import vn.camau.reform.ingest.ImportKind;
import vn.camau.reform.ui.KaribuTest;
import vn.camau.reform.ui.Menu;

/**
 * The import screen as an administrator uses it: a template to fill in, an upload checked and
 * previewed in a worker, the import, the history; bad files explained, other roles kept out, and a
 * formula typed as a name that comes out of the exports as text.
 */
class ImportViewTest extends KaribuTest {

    private static final String PREFIX = "TEST-IMP-";
    private static final String HEADER = "Mã thủ tục,Tên thủ tục,Mã lĩnh vực,Cấp thực hiện,Thời hạn theo quy định";

    @Autowired
    vn.camau.reform.ingest.ImportService imports;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestDossiers testDossiers;

    @BeforeEach
    void reset() {
        testDossiers.reset();
    }

    // explicit cleanup: the import the view starts runs on ImportJobs' worker threads, outside the test's transaction
    @AfterEach
    void cleanUp() {
        vn.camau.reform.ingest.ImportServiceTestSupport.cleanUp(dsl, testDossiers);
    }

    /** Lets the worker finish, running what it handed to the screen, as the browser's polls would. */
    private static void await(BooleanSupplier done) {
        long end = System.currentTimeMillis() + 60_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("the import screen did not finish in time");
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
            MockVaadin.clientRoundtrip(false);
        }
    }

    private static void chooseKind(ImportKind kind) {
        @SuppressWarnings("unchecked")
        Select<ImportKind> select = LocatorJ._get(Select.class, spec -> spec.withLabel("Loại dữ liệu"));
        HasValueUtilsKt._setValue(select, kind);
    }

    private static void upload(String name, String text) {
        UploadKt._upload(LocatorJ._get(Upload.class), name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void awaitPreview(String fileName) {
        await(() -> !LocatorJ._find(H3.class, spec -> spec.withText("Kết quả kiểm tra tệp “" + fileName + "”"))
                .isEmpty());
    }

    /** An error notification (it stays until closed, so it carries a close button beside its text). */
    private static void expectError(String text) {
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText(text))).hasSize(1);
        NotificationsKt.clearNotifications();
    }

    /** Waits until the worker has handed over and the screen is usable again. */
    private static void awaitIdle() {
        await(() -> LocatorJ._get(Select.class, spec -> spec.withLabel("Loại dữ liệu")).isEnabled());
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> errorGrid() {
        return LocatorJ._find(Grid.class).stream()
                .filter(g -> ((Grid<Object>) g).getColumns().getFirst().getHeaderText().equals("Dòng"))
                .findFirst().orElseThrow();
    }

    @Test
    void anAdministratorUploadsSeesThePreviewImportsAndFindsItInTheHistory() {
        loginAs("admin");
        UI.getCurrent().navigate(ImportView.class);
        chooseKind(ImportKind.PROCEDURES);
        upload("test-imp-view.csv", "\uFEFF" + HEADER + "\n" + PREFIX + "V1,Thủ tục màn hình 1,HO_TICH,Xã,3\n"
                + PREFIX + "V2,Thủ tục màn hình 2,HO_TICH,Tỉnh,5\n");
        awaitPreview("test-imp-view.csv");

        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .map(p -> p.getText()).collect(Collectors.joining("\n")))
                .contains("2 dòng dữ liệu: 2 thêm mới, 0 cập nhật, 0 không đổi.");
        assertThat(dsl.fetchCount(CATALOG_PROCEDURE, CATALOG_PROCEDURE.CODE.startsWith(PREFIX))).isZero();

        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText("Nhập dữ liệu")));
        await(() -> dsl.fetchCount(CATALOG_PROCEDURE, CATALOG_PROCEDURE.CODE.startsWith(PREFIX)) == 2
                && LocatorJ._find(H3.class, spec -> spec.withText("Kết quả kiểm tra tệp “test-imp-view.csv”")).isEmpty());
        NotificationsKt.expectNotifications("Đã nhập 2 dòng: 2 thêm mới, 0 cập nhật, 0 không đổi.");

        @SuppressWarnings("unchecked")
        Grid<Object> history = LocatorJ._find(Grid.class).stream().map(g -> (Grid<Object>) g)
                .filter(g -> g.getColumns().getFirst().getHeaderText().equals("Thời điểm")).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(history, 0)).contains("admin", "Tệp", "Thủ tục hành chính",
                "test-imp-view.csv", "2", "2 / 0 / 0", "Thành công");
    }

    @Test
    void aFileWithErrorsListsEveryErrorInTheUsersLanguageAndOffersNoImport() {
        loginAs("admin");
        UI.getCurrent().navigate(ImportView.class);
        chooseKind(ImportKind.PROCEDURES);
        upload("test-imp-bad-view.csv", HEADER + "\n" + PREFIX + "B1,Thủ tục,HO_TICH,Xã,ba\n"
                + PREFIX + "B1,Thủ tục,KHONG_CO,Xã,3\n");
        awaitPreview("test-imp-bad-view.csv");

        Grid<Object> errors = errorGrid();
        List<List<String>> rows = IntStream.range(0, GridKt._size(errors))
                .mapToObj(i -> GridKt._getFormattedRow(errors, i)).toList();
        assertThat(rows).containsExactlyInAnyOrder(
                List.of("2", "Thời hạn theo quy định", "Phải là số nguyên (đang là \"ba\")"),
                List.of("3", "Mã thủ tục", "Mã \"" + PREFIX + "B1\" lặp lại, đã có ở bản ghi 2"),
                List.of("3", "Mã lĩnh vực", "Không có mã \"KHONG_CO\""));
        LocatorJ._assertNone(Button.class, spec -> spec.withText("Nhập dữ liệu"));
        assertThat(dsl.fetchCount(CATALOG_PROCEDURE, CATALOG_PROCEDURE.CODE.startsWith(PREFIX))).isZero();
    }

    @Test
    void aRefusedImportsErrorsOpenFromTheHistoryWithOneClick() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("test-imp-refused", ".csv");
        java.nio.file.Files.writeString(file, HEADER + "\n" + PREFIX + "R1,Thủ tục,KHONG_CO,Xã,3\n");
        vn.camau.reform.TestLogins.loginAs(users, "admin");
        imports.importFile(ImportKind.PROCEDURES, file, "test-imp-refused.csv",
                vn.camau.reform.ingest.ImportProgress.NONE);
        vn.camau.reform.TestLogins.logout();
        java.nio.file.Files.delete(file);

        loginAs("admin");
        UI.getCurrent().navigate(ImportView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> history = LocatorJ._find(Grid.class).stream().map(g -> (Grid<Object>) g)
                .filter(g -> g.getColumns().getFirst().getHeaderText().equals("Thời điểm")).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(history, 0)).contains("test-imp-refused.csv");
        GridKt._clickItem(history, 0);
        com.vaadin.flow.component.dialog.Dialog dialog = LocatorJ._get(com.vaadin.flow.component.dialog.Dialog.class);
        @SuppressWarnings("unchecked")
        Grid<Object> errors = LocatorJ._get(dialog, Grid.class);
        assertThat(GridKt._getFormattedRow(errors, 0)).containsExactly("2", "Mã lĩnh vực", "Không có mã \"KHONG_CO\"");
    }

    @Test
    void aMissingHeaderAndAWrongFileAreExplainedNeverTraced() {
        loginAs("admin");
        UI.getCurrent().navigate(ImportView.class);
        chooseKind(ImportKind.PROCEDURES);
        upload("test-imp-header.csv", "Mã thủ tục,Tên thủ tục\nX,Y\n");
        awaitPreview("test-imp-header.csv");
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.ListItem.class).stream().map(li -> li.getText()))
                .contains("Thiếu cột bắt buộc “Mã lĩnh vực”.", "Thiếu cột bắt buộc “Cấp thực hiện”.");

        upload("test-imp-notes.txt", "hello");
        MockVaadin.clientRoundtrip(false);
        expectError("Tệp “test-imp-notes.txt” không phải .csv hoặc .xlsx.");

        upload("test-imp-empty.csv", "");
        MockVaadin.clientRoundtrip(false);
        expectError("Tệp trống.");
    }

    @Test
    void theTemplatesHaveTheVietnameseHeadersAndAnExampleRow() throws IOException {
        loginAs("admin");
        UI.getCurrent().navigate(ImportView.class);
        chooseKind(ImportKind.OFFICERS);

        String csv = new String(DownloadKt._download(LocatorJ._get(Anchor.class,
                spec -> spec.withText("Tệp mẫu CSV"))), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFMã cán bộ,Họ và tên,Mã đơn vị,Chức vụ");
        assertThat(csv.lines().count()).isEqualTo(2);

        byte[] xlsx = DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("Tệp mẫu Excel")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã cán bộ");
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(2);
        }
    }

    @Test
    void otherRolesAreDeniedAndNotOfferedTheScreen() {
        for (String username : List.of("lanhdao.tinh", "lanhdao.anxuyen", "thanhtra", "nhansu")) {
            loginAs(username);
            UI.getCurrent().navigate(ImportView.class);
            assertThat(UI.getCurrent().getCurrentView()).as(username).isInstanceOf(AccessDeniedView.class);
            LocatorJ._assertNone(Upload.class);
            assertThat(Menu.labels())
                    .as(username).doesNotContain("Nhập dữ liệu");
        }
        loginAs("admin");
        assertThat(Menu.labels()).contains("Nhập dữ liệu");
    }

    @Test
    void aFormulaImportedAsANameLeavesTheDossierExportAsText() {
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        loginAs("admin");
        UI.getCurrent().navigate(ImportView.class);
        chooseKind(ImportKind.PROCEDURES);
        upload("test-imp-formula-p.csv", HEADER + "\n" + PREFIX + "F1,\"" + formula.replace("\"", "\"\"")
                + "\",HO_TICH,Tỉnh,10\n");
        awaitPreview("test-imp-formula-p.csv");
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText("Nhập dữ liệu")));
        awaitIdle();
        assertThat(dsl.fetchCount(CATALOG_PROCEDURE, CATALOG_PROCEDURE.CODE.eq(PREFIX + "F1"))).isOne();

        chooseKind(ImportKind.OFFICERS);
        upload("test-imp-formula-o.csv", "Mã cán bộ,Họ và tên,Mã đơn vị,Chức vụ\n" + PREFIX + "F2,\""
                + formula.replace("\"", "\"\"") + "\",96.TEST,Chuyên viên\n");
        awaitPreview("test-imp-formula-o.csv");
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText("Nhập dữ liệu")));
        awaitIdle();

        chooseKind(ImportKind.DOSSIERS);
        String today = java.time.LocalDate.now().minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        upload("test-imp-formula-d.csv", "Mã hồ sơ,Mã thủ tục,Mã đơn vị tiếp nhận,Mã đơn vị giải quyết,"
                + "Hình thức nộp,Trạng thái,Thời điểm tiếp nhận,Ngày hẹn trả,Người nộp,Thời điểm cập nhật,"
                + "Mã cán bộ xử lý\n" + PREFIX + "F3," + PREFIX + "F1,96.TEST,96.TEST,ONLINE,4," + today
                + " 08:00," + today + ",Nguyễn Văn Thử," + today + " 09:00," + PREFIX + "F2\n");
        awaitPreview("test-imp-formula-d.csv");
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText("Nhập dữ liệu")));
        awaitIdle();
        assertThat(dsl.fetchCount(vn.camau.reform.jooq.Tables.DOSSIER,
                vn.camau.reform.jooq.Tables.DOSSIER.CODE.eq(PREFIX + "F3"))).isOne();

        long procedure = dsl.select(CATALOG_PROCEDURE.ID).from(CATALOG_PROCEDURE)
                .where(CATALOG_PROCEDURE.CODE.eq(PREFIX + "F1")).fetchSingle().value1();
        UI.getCurrent().navigate(DossierListView.class, new QueryParameters(Map.of(
                "unit", List.of(String.valueOf(TestDossiers.AGENCY)), "procedure", List.of(String.valueOf(procedure)))));
        String csv = new String(DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("Xuất CSV"))),
                StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(csv.lines().toList());
        assertThat(lines).hasSize(2);
        // the procedure and the officer, each quoted and led by an apostrophe: text, never a formula
        assertThat(lines.get(1)).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                .doesNotContain(",\"=HYPERLINK");
    }
}
