package vn.camau.reform.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel for people: real number and date cells shown the Vietnamese way by Excel's own locale
 * ({@code #,##0} reads 70.515, {@code 0.00%} reads 99,93% in a vi-VN Excel), an optional title and
 * note row, a bold header row that stays in view while scrolling, a filter on it, and column widths
 * estimated from the header and the first rows. Null values leave the cell empty.
 * <p>
 * Rows stream through POI's SXSSF: only {@value #ROW_WINDOW} rows are in memory, the rest go to a
 * compressed temporary file that {@link SXSSFWorkbook#close()} deletes, also when writing fails.
 * Nothing reaches the output stream until every row has been read, so a failing query produces no
 * half file.
 */
public final class XlsxExporter implements TableExporter {

    static final int ROW_WINDOW = 100;
    /** Rows looked at to size the columns: measuring all would cost as much as writing them twice. */
    static final int WIDTH_SAMPLE_ROWS = 200;
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    public XlsxExporter() {
    }

    @Override
    public <T> void write(TableExport<T> table, Iterator<? extends T> rows, OutputStream out) throws IOException {
        List<ExportColumn<T>> columns = table.columns();
        int lastColumn = columns.size() - 1;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName()));
            int r = 0;
            r = banner(sheet, r, table.title(), styles.title, lastColumn);
            r = banner(sheet, r, table.note(), styles.note, lastColumn);

            int headerRow = r++;
            SXSSFRow header = sheet.createRow(headerRow);
            int[] widths = new int[columns.size()];
            for (int c = 0; c <= lastColumn; c++) {
                SXSSFCell cell = header.createCell(c);
                cell.setCellValue(ExportValues.safeText(columns.get(c).header()));
                cell.setCellStyle(styles.header);
                // bold text is about a tenth wider
                widths[c] = columns.get(c).header().length() * 11 / 10;
            }
            sheet.createFreezePane(0, headerRow + 1);

            while (rows.hasNext()) {
                if (r >= MAX_ROWS) {
                    throw new IllegalStateException("An Excel sheet holds at most " + (MAX_ROWS - headerRow - 1)
                            + " rows; narrow the filter or export CSV");
                }
                T row = rows.next();
                boolean sample = r - headerRow <= WIDTH_SAMPLE_ROWS;
                SXSSFRow line = sheet.createRow(r++);
                for (int c = 0; c <= lastColumn; c++) {
                    ExportColumn<T> column = columns.get(c);
                    int shown = cell(line, c, column, column.valueOf(row), styles);
                    if (sample) {
                        widths[c] = Math.max(widths[c], shown);
                    }
                }
            }

            for (int c = 0; c <= lastColumn; c++) {
                sheet.setColumnWidth(c, Math.clamp(widths[c] + 2L, MIN_WIDTH, MAX_WIDTH) * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, lastColumn));
            workbook.write(out);
        }
        out.flush();
    }

    /** A title or note row spanning the table; its text is not counted in the column widths. */
    private static int banner(SXSSFSheet sheet, int r, String text, CellStyle style, int lastColumn) {
        if (text == null) {
            return r;
        }
        SXSSFCell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(ExportValues.safeText(text));
        cell.setCellStyle(style);
        if (lastColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastColumn));
        }
        return r + 1;
    }

    /** Writes one value (nothing for null) and returns about how many characters it shows. */
    private static int cell(SXSSFRow line, int c, ExportColumn<?> column, Object value, Styles styles) {
        switch (column.kind()) {
            case TEXT -> {
                String text = ExportValues.text(column, value);
                if (text == null) {
                    return 0;
                }
                if (text.length() > MAX_TEXT) {
                    text = text.substring(0, MAX_TEXT);
                }
                line.createCell(c).setCellValue(text);
                return longestLine(text);
            }
            case INTEGER, DECIMAL, PERCENT -> {
                BigDecimal number = ExportValues.number(column, value);
                if (number == null) {
                    return 0;
                }
                SXSSFCell cell = line.createCell(c);
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.byKind.get(column.kind()));
                return switch (column.kind()) {
                    case PERCENT -> 8;
                    // digits, a separator every three, two decimals for DECIMAL
                    case DECIMAL -> digits(number) * 4 / 3 + 3;
                    default -> digits(number) * 4 / 3 + 1;
                };
            }
            case DATE -> {
                LocalDate date = ExportValues.date(column, value);
                if (date == null) {
                    return 0;
                }
                SXSSFCell cell = line.createCell(c);
                cell.setCellValue(date);
                cell.setCellStyle(styles.byKind.get(ColumnKind.DATE));
                return 10;
            }
            case DATETIME -> {
                LocalDateTime time = ExportValues.dateTime(column, value);
                if (time == null) {
                    return 0;
                }
                SXSSFCell cell = line.createCell(c);
                cell.setCellValue(time);
                cell.setCellStyle(styles.byKind.get(ColumnKind.DATETIME));
                return 16;
            }
            default -> throw new IllegalStateException("Unknown column kind " + column.kind());
        }
    }

    private static int digits(BigDecimal number) {
        return Math.max(1, number.abs().toBigInteger().toString().length());
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String part : text.split("\n", -1)) {
            longest = Math.max(longest, part.codePointCount(0, part.length()));
        }
        return longest;
    }

    /** Styles are per workbook and few: Excel caps them, so each is made once, not per cell. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle header;
        final Map<ColumnKind, CellStyle> byKind = new EnumMap<>(ColumnKind.class);

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font quiet = workbook.createFont();
            quiet.setItalic(true);
            quiet.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

            title = workbook.createCellStyle();
            title.setFont(big);
            note = workbook.createCellStyle();
            note.setFont(quiet);

            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.CENTER);

            var formats = workbook.createDataFormat();
            Map.of(ColumnKind.INTEGER, "#,##0",
                    ColumnKind.DECIMAL, "#,##0.00",
                    ColumnKind.PERCENT, "0.00%",
                    ColumnKind.DATE, "dd/mm/yyyy",
                    ColumnKind.DATETIME, "dd/mm/yyyy hh:mm").forEach((kind, format) -> {
                        CellStyle style = workbook.createCellStyle();
                        style.setDataFormat(formats.getFormat(format));
                        byKind.put(kind, style);
                    });
        }
    }
}
