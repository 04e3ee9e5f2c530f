package vn.camau.reform.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the files an administrator would upload, for the import tests. */
public final class ImportFiles {

    private ImportFiles() {
    }

    /** A CSV as Excel saves it: UTF-8 with a byte-order mark, comma-separated, values quoted when needed. */
    public static Path csv(Path dir, String name, List<List<String>> rows) throws IOException {
        String text = rows.stream().map(r -> r.stream().map(ImportFiles::quote).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * An XLSX whose cells are text, except those given as Number (numeric cells), LocalDateTime and
     * LocalDate (date cells, displayed as Vietnamese Excel shows them).
     */
    public static Path xlsx(Path dir, String name, List<List<Object>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("Dữ liệu");
            var dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            var date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int i = 0; i < rows.size(); i++) {
                XSSFRow row = sheet.createRow(i);
                List<Object> cells = rows.get(i);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof java.time.LocalDateTime t) {
                        row.createCell(c).setCellValue(t);
                        row.getCell(c).setCellStyle(dateTime);
                    } else if (v instanceof java.time.LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        boolean needs = value.contains(",") || value.contains("\"") || value.contains("\n");
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
