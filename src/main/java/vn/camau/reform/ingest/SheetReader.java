package vn.camau.reform.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an uploaded file row by row, never whole: a million-row file passes through a small buffer.
 * The first non-empty row is the header; every row is handed over with its number as the
 * spreadsheet shows it, and with the part of the file read so far (for a progress bar).
 */
interface SheetReader {

    interface Handler {
        void header(int rowNumber, List<String> cells);

        void row(int rowNumber, List<String> cells, double fraction);
    }

    /** Thrown by a handler to stop reading (a file whose header is wrong is read no further). */
    final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * @throws ImportFileException when the file is not what its extension says, or is malformed
     */
    void read(Path file, Handler handler) throws IOException;

    static SheetReader of(ImportFormat format) {
        return format == ImportFormat.CSV ? new CsvSheetReader() : new XlsxSheetReader();
    }

    static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Counts the bytes read, for the progress bar. */
    final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
