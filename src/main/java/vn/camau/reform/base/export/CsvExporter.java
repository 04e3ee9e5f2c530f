package vn.camau.reform.base.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for other programs: UTF-8 with a byte-order mark (without it Excel reads "Phường" as
 * "PhÆ°á»ng"), comma-separated with RFC 4180 quoting and CRLF line ends, one header row and no
 * title or note rows. Values are machine-readable: numbers with a dot and no grouping, a PERCENT
 * column as the percentage with two decimals under a header ending in "(%)", dates dd/MM/yyyy.
 * People who want the Vietnamese look (1.234, 99,93%) take the Excel file.
 */
public final class CsvExporter implements TableExporter {

    private static final char BOM = '\uFEFF';
    private static final int BUFFER = 64 * 1024;

    public CsvExporter() {
    }

    @Override
    public <T> void write(TableExport<T> table, Iterator<? extends T> rows, OutputStream out) throws IOException {
        List<ExportColumn<T>> columns = table.columns();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        writer.write(BOM);
        // not closed: closing the printer would close the caller's stream
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(columns.stream().map(CsvExporter::header).toList());
        Object[] record = new Object[columns.size()];
        while (rows.hasNext()) {
            T row = rows.next();
            for (int c = 0; c < record.length; c++) {
                ExportColumn<T> column = columns.get(c);
                record[c] = ExportValues.csv(column, column.valueOf(row));
            }
            printer.printRecord(record);
        }
        printer.flush();
    }

    static String header(ExportColumn<?> column) {
        String header = ExportValues.safeText(column.header());
        return column.kind() == ColumnKind.PERCENT && !header.endsWith("(%)") ? header + " (%)" : header;
    }
}
