package vn.camau.reform.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Writes a table to a stream row by row, holding only a small window of rows in memory. The
 * output stream is flushed, never closed: it belongs to the caller (an HTTP response, a file).
 */
public sealed interface TableExporter permits CsvExporter, XlsxExporter {

    <T> void write(TableExport<T> table, Iterator<? extends T> rows, OutputStream out) throws IOException;

    /** Consumes the stream and closes it, which releases a database cursor behind it. */
    default <T> void write(TableExport<T> table, Stream<? extends T> rows, OutputStream out) throws IOException {
        try (rows) {
            write(table, rows.iterator(), out);
        }
    }
}
