package vn.camau.reform.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import vn.camau.reform.base.export.SampleRows.Row;

class CsvExporterTest {

    @Test
    void startsWithUtf8BomSoExcelReadsVietnamese() throws IOException {
        byte[] bytes = export(SampleRows.TABLE, SampleRows.ROWS);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Phường An Xuyên", "Trễ hạn", "Xã Đầm Dơi");
    }

    @Test
    void writesHeadersAndPlainMachineReadableValues() throws IOException {
        List<CSVRecord> records = parse(export(SampleRows.TABLE, SampleRows.ROWS));

        assertThat(records.getFirst().values()).containsExactly("Đơn vị", "Trạng thái", "Số hồ sơ",
                "Số ngày xử lý bình quân", "Tỷ lệ đúng hạn (%)", "Ngày tiếp nhận", "Cập nhật lúc");
        // no title or note rows: a CSV is one table for other programs
        assertThat(records).hasSize(1 + SampleRows.ROWS.size());
        assertThat(records.get(1).values()).containsExactly("Phường An Xuyên", "Trễ hạn", "70515", "3.25",
                "99.93", "22/11/2026", "24/11/2026 08:30");
    }

    @Test
    void nullsAndNotANumberAreEmpty() throws IOException {
        byte[] bytes = export(SampleRows.TABLE, SampleRows.ROWS);
        List<CSVRecord> records = parse(bytes);

        assertThat(records.get(2).values()).containsExactly("Xã Đầm Dơi", "Đúng hạn", "0", "", "", "", "");
        assertThat(records.get(3).get(4)).isEmpty();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("null", "NaN");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180() throws IOException {
        byte[] bytes = export(SampleRows.TABLE, SampleRows.ROWS);
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).contains("\"Ấp 3, \"\"Tân Thành\"\"\ndòng 2\"");
        assertThat(text).contains("\r\n").doesNotContain(";");
        assertThat(parse(bytes).get(3).get(0)).isEqualTo("Ấp 3, \"Tân Thành\"\ndòng 2");
    }

    @Test
    void percentRoundsHalfUpToTwoDecimals() {
        ExportColumn<Double> ratio = ExportColumn.percent("Tỷ lệ", r -> r);

        assertThat(ExportValues.csv(ratio, 1.0)).isEqualTo("100.00");
        assertThat(ExportValues.csv(ratio, 0.0)).isEqualTo("0.00");
        assertThat(ExportValues.csv(ratio, 0.12345)).isEqualTo("12.35");
        assertThat(CsvExporter.header(ExportColumn.percent("Tỷ lệ (%)", r -> 0.5))).isEqualTo("Tỷ lệ (%)");
    }

    @Test
    void neutralisesFormulasInTextColumns() throws IOException {
        TableExport<String> table = TableExport.of("Công thức", ExportColumn.text("Nội dung", s -> s));
        List<String> values = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\ry",
                "An toàn", "");

        List<CSVRecord> records = parse(export(table, values));

        assertThat(records.stream().skip(1).map(r -> r.get(0)).toList()).containsExactly(
                "'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tx", "'\ry", "An toàn", "");
    }

    @Test
    void numbersAreNotNeutralised() {
        ExportColumn<Integer> count = ExportColumn.integer("Chênh lệch", r -> r);

        assertThat(ExportValues.csv(count, -2)).isEqualTo("-2");
    }

    static <T> byte[] export(TableExport<T> table, List<T> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.CSV.exporter().write(table, rows.stream(), out);
        return out.toByteArray();
    }

    static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }
}
