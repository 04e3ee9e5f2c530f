package vn.camau.reform.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.camau.reform.base.text.Texts;
import vn.camau.reform.base.text.VnFormats;

/**
 * The file an administrator fills in: the header row in Vietnamese and one example row. The CSV is
 * UTF-8 with a byte-order mark, so Excel shows the diacritics; in the Excel file every column is
 * text, so codes such as 1.001193 or 01 are not turned into numbers as they are typed.
 */
final class ImportTemplates {

    private ImportTemplates() {
    }

    static String fileName(ImportKind kind, ImportFormat format) {
        return "mau-nhap-" + switch (kind) {
            case DOSSIERS -> "ho-so";
            case PROCEDURES -> "thu-tuc";
            case OFFICERS -> "can-bo";
        } + "." + format.extension();
    }

    static void write(List<ImportColumn> columns, ImportFormat format, OutputStream out) throws IOException {
        if (format == ImportFormat.CSV) {
            csv(columns, out);
        } else {
            xlsx(columns, out);
        }
    }

    private static void csv(List<ImportColumn> columns, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(columns.stream().map(ImportColumn::header).toList());
        printer.printRecord(columns.stream().map(ImportColumn::example).toList());
        printer.flush();
    }

    private static void xlsx(List<ImportColumn> columns, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet(Texts.of("import.template.sheet", VnFormats.VIETNAMESE));
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle header = book.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            Row head = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn c = columns.get(i);
                head.createCell(i).setCellValue(c.header());
                head.getCell(i).setCellStyle(header);
                example.createCell(i).setCellValue(c.example());
                example.getCell(i).setCellStyle(text);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, Math.min(60, Math.max(14, c.header().length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
        }
    }
}
