package vn.camau.reform.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX file, read with POI's streaming SAX reader: a million-row workbook is
 * never held as a whole {@code XSSFWorkbook}. Cells come as the person sees them (1.001193, 1,000,000),
 * except dates, which come as {@code 2026-11-25} or {@code 2026-11-25 08:30:00} whatever the
 * cell's display format, since display formats differ from one computer to the next.
 */
final class XlsxSheetReader implements SheetReader {

    /** A sheet of a million rows compresses far better than POI's zip-bomb guard assumes. */
    private static final double MIN_INFLATE_RATIO = 0.0005;

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    @Override
    public void read(Path file, Handler handler) throws IOException {
        if (!startsWithZip(file)) {
            throw notXlsx(null);
        }
        ZipSecureFile.setMinInflateRatio(Math.min(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        OPCPackage pkg = open(file);
        try {
            XSSFReader reader;
            ReadOnlySharedStringsTable strings;
            StylesTable styles;
            XSSFReader.SheetIterator sheets;
            try {
                reader = new XSSFReader(pkg);
                strings = new ReadOnlySharedStringsTable(pkg, false);
                styles = reader.getStylesTable();
                sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            } catch (OpenXML4JException | SAXException | RuntimeException e) {
                // POI answers a package that is no workbook with assorted exceptions
                throw notXlsx(e);
            }
            if (!sheets.hasNext()) {
                throw notXlsx(null);
            }
            try (InputStream raw = sheets.next()) {
                long size = sheets.getSheetPart().getSize();
                Counting sheet = new Counting(raw);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                        new Rows(handler, sheet, size), new IsoDates(), false));
                // the handler's own exceptions (a stop, a database error) pass through as they are
                parser.parse(new InputSource(sheet));
            } catch (SAXException | ParserConfigurationException e) {
                throw notXlsx(e);
            }
        } catch (Stop stop) {
            // the handler has seen enough
        } finally {
            // a package opened to read is reverted, not closed (closing means saving)
            pkg.revert();
        }
    }

    private static OPCPackage open(Path file) {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw notXlsx(e);
        }
    }

    private static ImportFileException notXlsx(Exception cause) {
        return new ImportFileException(ImportProblem.of("import.file.notXlsx"), cause);
    }

    private static boolean startsWithZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP.length);
            return java.util.Arrays.equals(head, ZIP);
        }
    }

    /** Places each cell at its column (empty cells are absent from the XML) and hands rows over. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Handler handler;
        private final Counting in;
        private final long size;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;
        private int nextColumn;

        Rows(Handler handler, Counting in, long size) {
            this.handler = handler;
            this.in = in;
            this.size = size;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            List<String> row = List.copyOf(cells);
            if (!headerSeen) {
                if (SheetReader.blank(row)) {
                    return;
                }
                headerSeen = true;
                handler.header(rowNum + 1, row);
            } else {
                handler.row(rowNum + 1, row, size > 0 ? Math.min(1.0, (double) in.count() / size) : -1);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
            nextColumn = column + 1;
        }
    }

    /** Numbers as displayed; dates in ISO form, with the time only when the format shows one. */
    private static final class IsoDates extends DataFormatter {
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
        private static final DateTimeFormatter DATE_TIME =
                DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904, true);
                boolean showsTime = formatString != null && formatString.toLowerCase(Locale.ROOT).contains("h");
                return showsTime || t.toLocalTime().toSecondOfDay() != 0 ? DATE_TIME.format(t) : DATE.format(t);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
