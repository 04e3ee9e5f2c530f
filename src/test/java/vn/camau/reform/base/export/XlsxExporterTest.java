package vn.camau.reform.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExporterTest {

    // title, note, header
    private static final int HEADER = 2;

    @Test
    void titleNoteAndBoldFrozenHeaderInVietnamese() throws IOException {
        try (XSSFWorkbook book = read(export(SampleRows.TABLE, SampleRows.ROWS))) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("Hồ sơ trễ hạn");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Hồ sơ trễ hạn – Phường An Xuyên");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Xuất lúc 24/11/2026 08:30");
            Row header = sheet.getRow(HEADER);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Tỷ lệ đúng hạn");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (HEADER + 1));
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:G6");
        }
    }

    @Test
    void numbersAndDatesAreRealCellsWithVietnameseLookingFormats() throws IOException {
        try (XSSFWorkbook book = read(export(SampleRows.TABLE, SampleRows.ROWS))) {
            Row row = book.getSheetAt(0).getRow(HEADER + 1);

            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Phường An Xuyên");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Trễ hạn");
            assertNumber(row.getCell(2), 70515, "#,##0");
            assertNumber(row.getCell(3), 3.25, "#,##0.00");
            assertNumber(row.getCell(4), 0.99934, "0.00%");

            Cell received = row.getCell(5);
            assertThat(DateUtil.isCellDateFormatted(received)).isTrue();
            assertThat(received.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(received.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 22));
            Cell updated = row.getCell(6);
            assertThat(updated.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(updated.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 24, 8, 30));
        }
    }

    @Test
    void nullsAndNotANumberLeaveEmptyCells() throws IOException {
        try (XSSFWorkbook book = read(export(SampleRows.TABLE, SampleRows.ROWS))) {
            Row noData = book.getSheetAt(0).getRow(HEADER + 2);
            assertThat(noData.getCell(0).getStringCellValue()).isEqualTo("Xã Đầm Dơi");
            // zero is data, and stays a number
            assertNumber(noData.getCell(2), 0, "#,##0");
            for (int c = 3; c <= 6; c++) {
                assertThat(noData.getCell(c)).as("column %d", c).isNull();
            }
            Row notANumber = book.getSheetAt(0).getRow(HEADER + 3);
            assertThat(notANumber.getCell(0).getStringCellValue()).isEqualTo("Ấp 3, \"Tân Thành\"\ndòng 2");
            assertThat(notANumber.getCell(1)).isNull();
            assertThat(notANumber.getCell(4)).isNull();
        }
    }

    @Test
    void columnWidthsFollowTheContentWithinBounds() throws IOException {
        try (XSSFWorkbook book = read(export(SampleRows.TABLE, SampleRows.ROWS))) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int c = 0; c < 7; c++) {
                assertThat(sheet.getColumnWidth(c)).as("column %d", c).isBetween(8 * 256, 60 * 256);
            }
            // "Số ngày xử lý bình quân" is wider than "Số hồ sơ"
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(2));
        }
    }

    @Test
    void withoutTitleOrNoteTheHeaderIsTheFirstRow() throws IOException {
        TableExport<SampleRows.Row> plain = TableExport.of("Hồ sơ", SampleRows.TABLE.columns());
        try (XSSFWorkbook book = read(export(plain, SampleRows.ROWS))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(SampleRows.ROWS.size());
        }
    }

    @Test
    void formulasAreWrittenAsPrefixedTextNeverAsFormulas() throws IOException {
        TableExport<String> table = TableExport.of("Công thức", ExportColumn.text("Nội dung", s -> s));
        List<String> values = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)");

        try (XSSFWorkbook book = read(export(table, values))) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int i = 0; i < values.size(); i++) {
                Cell cell = sheet.getRow(1 + i).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo("'" + values.get(i));
            }
        }
    }

    @Test
    void twoHundredThousandRowsStreamThroughATemporaryFileThatIsDeleted(@TempDir Path dir) throws Exception {
        // POI's temporary folder of this test alone: the shared /tmp/poifiles also holds the files of any other
        // process exporting at the same time (another build on the machine), which made this test flaky.
        Path poiFiles = Files.createDirectory(dir.resolve("poifiles"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiFiles.toFile()));
        try {
            streamsAndDeletes(dir, poiFiles);
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    private static void streamsAndDeletes(Path dir, Path poiFiles) throws Exception {
        record Big(int id, String unit, double ratio, LocalDate day) {
        }
        TableExport<Big> table = TableExport.of("Lớn",
                ExportColumn.<Big>integer("Mã", Big::id),
                ExportColumn.text("Đơn vị", Big::unit),
                ExportColumn.percent("Tỷ lệ", Big::ratio),
                ExportColumn.date("Ngày", Big::day));
        long started = System.currentTimeMillis() - 1000;
        long[] spilledMidway = {0};
        // generated lazily: at no point do the 200,000 rows exist together
        Stream<Big> rows = IntStream.rangeClosed(1, 200_000)
                .peek(i -> {
                    if (i == 150_000) {
                        spilledMidway[0] = temporaryFiles(poiFiles, started).stream().mapToLong(f -> f.toFile().length()).sum();
                    }
                })
                .mapToObj(i -> new Big(i, "Phường An Xuyên " + i, (i % 1000) / 1000.0,
                        LocalDate.of(2026, 1, 1).plusDays(i % 365)));
        Path file = dir.resolve("big.xlsx");

        try (OutputStream out = Files.newOutputStream(file)) {
            ExportFormat.XLSX.exporter().write(table, rows, out);
        }

        assertThat(countRows(file)).isEqualTo(200_001);
        // rows already written had left memory for the temporary file while reading went on...
        assertThat(spilledMidway[0]).as("bytes in SXSSF's temporary file at row 150,000").isGreaterThan(100_000);
        // ...which is gone afterwards
        assertThat(temporaryFiles(poiFiles, started)).isEmpty();
    }

    /** Counts the sheet's rows with a streaming XML reader: loading 200,000 rows in POI takes a lot of memory. */
    private static long countRows(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile());
                InputStream sheet = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(sheet);
            long rows = 0;
            String lastRef = null;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    rows++;
                    lastRef = xml.getAttributeValue(null, "r");
                }
            }
            assertThat(lastRef).isEqualTo(String.valueOf(rows));
            return rows;
        }
    }

    /** SXSSF's sheet files (poi-sxssf-sheet*.xml[.gz]) in POI's temporary folder written since the test began. */
    private static List<Path> temporaryFiles(Path poiFiles, long since) {
        if (!Files.isDirectory(poiFiles)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(poiFiles)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf-sheet"))
                    .filter(f -> f.toFile().lastModified() >= since)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    private static <T> byte[] export(TableExport<T> table, List<T> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.XLSX.exporter().write(table, rows.iterator(), out);
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
