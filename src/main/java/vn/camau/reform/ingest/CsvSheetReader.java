package vn.camau.reform.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in UTF-8 (with or without the byte-order mark Excel writes), separated by commas, semicolons
 * (Excel's choice where the comma is the decimal sign) or tabs: the separator is the one the header
 * line uses most. Row numbers count records, as Excel numbers the rows of an opened CSV.
 */
final class CsvSheetReader implements SheetReader {

    private static final int SNIFF = 8192;

    @Override
    public void read(Path file, Handler handler) throws IOException {
        long size = Math.max(1, Files.size(file));
        byte[] head = sniff(file);
        if (looksBinary(head)) {
            throw new ImportFileException(ImportProblem.of("import.file.notCsv"));
        }
        try (Counting counting = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            skipBom(counting);
            Reader reader = new InputStreamReader(counting, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(head))
                    .setIgnoreEmptyLines(false).get();
            boolean headerSeen = false;
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    int row = (int) record.getRecordNumber();
                    List<String> cells = record.toList();
                    if (!headerSeen) {
                        if (SheetReader.blank(cells)) {
                            continue;
                        }
                        headerSeen = true;
                        handler.header(row, cells);
                    } else {
                        handler.row(row, cells, Math.min(1.0, (double) counting.count() / size));
                    }
                }
            } catch (UncheckedIOException e) {
                throw problem(e.getCause());
            } catch (CharacterCodingException e) {
                throw problem(e);
            }
        } catch (Stop stop) {
            // the handler has seen enough
        }
    }

    private static ImportFileException problem(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new ImportFileException(ImportProblem.of("import.file.notUtf8"), e);
        }
        return new ImportFileException(ImportProblem.of("import.file.badCsv", String.valueOf(e.getMessage())), e);
    }

    private static byte[] sniff(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        }
    }

    /** NUL bytes never occur in UTF-8 text: an Excel, zip or UTF-16 file renamed .csv has them. */
    private static boolean looksBinary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe;
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
            in.reset();
        }
    }

    /** The separator the first line uses most, outside quotes. */
    static char delimiter(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r') && comma + semicolon + tab > 0) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> comma++;
                    case ';' -> semicolon++;
                    case '\t' -> tab++;
                    default -> {
                    }
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }
}
