package vn.camau.reform.evaluation.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;

import vn.camau.reform.base.text.VnFormats;

/**
 * The classification list as an A4 PDF for the unit's records: title, unit, period and decree, a
 * table (no., officer, position, level, score) whose header repeats on every page, and the head's
 * signature block, kept on one page. Pages after the first carry their number at the top, as
 * Decree 30/2020 wants.
 */
@Component
public class ClassificationSheetPdf {

    static final String TITLE = "DANH SÁCH KẾT QUẢ XẾP LOẠI CÁN BỘ, CÔNG CHỨC";
    private static final float MM = 72f / 25.4f;
    private static final float SIZE = 10.5f;
    private static final float LEADING = SIZE * 1.3f;
    private static final float PADDING = 3f;
    private static final String[] HEADERS = {"STT", "Họ và tên", "Chức vụ", "Xếp loại", "Điểm"};
    /** Shares of the column's width, summing to 1. */
    private static final float[] SHARES = {0.07f, 0.29f, 0.19f, 0.35f, 0.10f};

    public byte[] render(ClassificationSheet sheet) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(TITLE + " – " + sheet.unitName() + " – " + sheet.period());
            document.getDocumentInformation().setAuthor(sheet.unitName());
            document.getDocumentCatalog().setLanguage("vi-VN");
            SheetFonts fonts = SheetFonts.load(document);
            try (Pages pages = new Pages(document, fonts)) {
                pages.write(sheet);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the classification list of " + sheet.unitName(), e);
        }
    }

    /** "ngày 05 tháng 3 năm 2026", as Decree 30/2020 writes dates. */
    static String longDate(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + (month < 3 ? "0" + month : month)
                + " năm " + date.getYear();
    }

    /** The pages and the cursor down them. */
    private static final class Pages implements AutoCloseable {

        private final PDDocument document;
        private final SheetFonts fonts;
        private final PDRectangle paper = PDRectangle.A4;
        private final float left = 25 * MM;
        private final float width = paper.getWidth() - left - 15 * MM;
        private final float top = paper.getHeight() - 20 * MM;
        private final float bottom = 20 * MM;
        private PDPageContentStream stream;
        private int pages;
        private float y;

        Pages(PDDocument document, SheetFonts fonts) throws IOException {
            this.document = document;
            this.fonts = fonts;
            newPage();
        }

        void write(ClassificationSheet s) throws IOException {
            centred(s.unitName().toUpperCase(VnFormats.VIETNAMESE), fonts.bold(), SIZE);
            y -= LEADING * 0.8f;
            centred(TITLE, fonts.bold(), SIZE + 2);
            centred("Kỳ đánh giá: " + s.period(), fonts.regular(), SIZE);
            centred("Theo " + s.decree(), fonts.italic(), SIZE);
            y -= LEADING * 0.6f;
            table(s.lines());
            signature(s);
        }

        private void table(List<ClassificationSheet.Line> lines) throws IOException {
            header();
            int no = 0;
            for (ClassificationSheet.Line line : lines) {
                no++;
                String[] cells = {Integer.toString(no), line.officer(), line.position(), line.level(), line.score()};
                List<List<String>> wrapped = new ArrayList<>();
                int height = 1;
                for (int i = 0; i < cells.length; i++) {
                    List<String> w = wrap(fonts.regular(), cells[i], columnWidth(i) - 2 * PADDING);
                    wrapped.add(w);
                    height = Math.max(height, w.size());
                }
                float rowHeight = height * LEADING + 2 * PADDING;
                if (y - rowHeight < bottom) {
                    newPage();
                    header();
                }
                row(wrapped, fonts.regular(), rowHeight);
            }
            if (lines.isEmpty()) {
                y -= LEADING;
                show("(Không có cán bộ nào)", fonts.italic(), SIZE, left);
                y -= LEADING;
            }
        }

        private void header() throws IOException {
            List<List<String>> cells = new ArrayList<>();
            for (String h : HEADERS) {
                cells.add(List.of(h));
            }
            row(cells, fonts.bold(), LEADING + 2 * PADDING);
        }

        /** One row of boxed cells, each line of a cell from its top. */
        private void row(List<List<String>> cells, PDFont font, float height) throws IOException {
            float x = left;
            stream.setLineWidth(0.5f);
            for (int i = 0; i < cells.size(); i++) {
                float w = columnWidth(i);
                stream.addRect(x, y - height, w, height);
                stream.stroke();
                float lineY = y - PADDING;
                for (String line : cells.get(i)) {
                    boolean centred = i == 0 || i == cells.size() - 1;
                    float lineX = centred ? x + (w - SheetFonts.width(font, SIZE, line)) / 2 : x + PADDING;
                    text(line, font, SIZE, lineX, lineY - SIZE * 0.95f);
                    lineY -= LEADING;
                }
                x += w;
            }
            y -= height;
        }

        private float columnWidth(int i) {
            return width * SHARES[i];
        }

        /** At the bottom right: the place and date, the title, the signing note, room to sign. */
        private void signature(ClassificationSheet s) throws IOException {
            float block = LEADING * 8;
            if (y - block < bottom) {
                newPage();
            }
            y -= LEADING;
            float centre = left + width * 0.7f;
            centredOn("Cà Mau, " + longDate(s.issuedOn()), fonts.italic(), SIZE, centre);
            centredOn(s.signer(), fonts.bold(), SIZE, centre);
            centredOn("(Ký, ghi rõ họ tên và đóng dấu)", fonts.italic(), SIZE, centre);
        }

        private void centred(String text, PDFont font, float size) throws IOException {
            for (String line : wrap(font, text, width, size)) {
                text(line, font, size, left + (width - SheetFonts.width(font, size, line)) / 2, y - size * 0.95f);
                y -= size * 1.3f;
            }
        }

        private void centredOn(String text, PDFont font, float size, float centre) throws IOException {
            String clean = SheetFonts.drawable(font, text);
            text(clean, font, size, centre - SheetFonts.width(font, size, clean) / 2, y - size * 0.95f);
            y -= size * 1.3f;
        }

        private void show(String text, PDFont font, float size, float x) throws IOException {
            text(SheetFonts.drawable(font, text), font, size, x, y - size * 0.95f);
        }

        private void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        }

        private List<String> wrap(PDFont font, String text, float max) {
            return wrap(font, text, max, SIZE);
        }

        /** Words on lines no wider than max; a word longer than a line is cut where it must be. */
        private static List<String> wrap(PDFont font, String text, float max, float size) {
            String clean = SheetFonts.drawable(font, text);
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : clean.isEmpty() ? new String[0] : clean.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (SheetFonts.width(font, size, candidate) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (SheetFonts.width(font, size, rest) > max && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && SheetFonts.width(font, size, rest.substring(0, cut)) > max) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(paper);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            pages++;
            if (pages > 1) {
                String number = Integer.toString(pages);
                text(number, fonts.regular(), SIZE, left + (width - SheetFonts.width(fonts.regular(), SIZE, number)) / 2,
                        top + LEADING);
            }
            y = top;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
