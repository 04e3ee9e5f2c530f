package vn.camau.reform.base.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.ui.KaribuTest;

/** The export links a grid's toolbar carries: labels, the filter at click time, the download itself. */
class ExportButtonsTest extends KaribuTest {

    record Dossier(String unit, String status, Double onTimeRatio, LocalDate received) {
    }

    private static final List<Dossier> ALL = List.of(
            new Dossier("Phường An Xuyên", "Trễ hạn", 0.8933, LocalDate.of(2026, 11, 22)),
            new Dossier("Xã Đầm Dơi", "Đúng hạn", null, null),
            new Dossier("Phường Tân Thành", "Trễ hạn", 1.0, LocalDate.of(2026, 1, 5)));

    /** Stands for the view's filter field: changed after the buttons are built. */
    private final AtomicReference<String> status = new AtomicReference<>();
    private final AtomicInteger tablesBuilt = new AtomicInteger();

    private ExportButtons<Dossier> addButtons() {
        ExportButtons<Dossier> buttons = new ExportButtons<>(this::table,
                () -> {
                    String wanted = status.get();
                    return ALL.stream().filter(d -> wanted == null || wanted.equals(d.status()));
                });
        UI.getCurrent().add(buttons);
        return buttons;
    }

    private TableExport<Dossier> table() {
        tablesBuilt.incrementAndGet();
        UI ui = UI.getCurrent();
        return TableExport.of("Hồ sơ trễ hạn",
                ExportColumn.<Dossier>text("Đơn vị", Dossier::unit),
                ExportColumn.text("Trạng thái", Dossier::status),
                ExportColumn.percent("Tỷ lệ đúng hạn", Dossier::onTimeRatio),
                ExportColumn.date("Ngày tiếp nhận", Dossier::received))
                .withTitle("Hồ sơ trễ hạn")
                .withNote(ui.getTranslation("export.note", VnFormats.dateTime(LocalDateTime.of(2026, 11, 24, 8, 30)),
                        "Nguyễn Văn A", "Phường An Xuyên"));
    }

    private static Anchor link(String text) {
        return LocatorJ._get(Anchor.class, spec -> spec.withText(text));
    }

    @Test
    void offersCsvAndExcelInVietnameseAsDownloads() {
        addButtons();

        assertThat(link("Xuất CSV").getElement().hasAttribute("download")).isTrue();
        assertThat(link("Xuất Excel").getElement().getAttribute("title")).startsWith("Tệp Excel");
    }

    @Test
    void speaksEnglishToThoseWhoChoseIt() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        addButtons();

        assertThat(link("Export CSV")).isNotNull();
        assertThat(link("Export Excel")).isNotNull();
    }

    @Test
    void theCsvFollowsTheFilterAsItIsWhenTheUserClicks() throws IOException {
        addButtons();
        status.set("Trễ hạn");
        assertThat(tablesBuilt).hasValue(0);

        byte[] bytes = DownloadKt._download(link("Xuất CSV"));

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).map(CSVRecord::values).containsExactly(
                new String[] {"Đơn vị", "Trạng thái", "Tỷ lệ đúng hạn (%)", "Ngày tiếp nhận"},
                new String[] {"Phường An Xuyên", "Trễ hạn", "89.33", "22/11/2026"},
                new String[] {"Phường Tân Thành", "Trễ hạn", "100.00", "05/01/2026"});
        assertThat(tablesBuilt).hasValue(1);
    }

    @Test
    void theExcelFileHasTheNoteAndEveryRow() throws IOException {
        addButtons();

        byte[] bytes = DownloadKt._download(link("Xuất Excel"));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Xuất lúc 24/11/2026 08:30 bởi Nguyễn Văn A – phạm vi dữ liệu: Phường An Xuyên");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + ALL.size());
        }
    }

    @Test
    void namesTheFileAndTypesTheContent() throws IOException {
        addButtons();

        VaadinResponse csv = download(link("Xuất CSV"));
        verify(csv).setContentType("text/csv; charset=UTF-8");
        assertThat(contentDisposition(csv)).matches("attachment; filename=\"ho-so-tre-han-\\d{8}-\\d{4}\\.csv\"");

        VaadinResponse xlsx = download(link("Xuất Excel"));
        verify(xlsx).setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(contentDisposition(xlsx)).matches("attachment; filename=\"ho-so-tre-han-\\d{8}-\\d{4}\\.xlsx\"");
    }

    /** Runs the link's download handler against a response that records its headers. */
    private static VaadinResponse download(Anchor link) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        DownloadHandler handler = (DownloadHandler) session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(link.getHref()))
                .orElseThrow().getElementRequestHandler();
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(new ByteArrayOutputStream());
        handler.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response, session, link.getElement()));
        return response;
    }

    private static String contentDisposition(VaadinResponse response) {
        ArgumentCaptor<String> value = ArgumentCaptor.forClass(String.class);
        verify(response).setHeader(org.mockito.ArgumentMatchers.eq("Content-Disposition"), value.capture());
        return value.getValue();
    }
}
