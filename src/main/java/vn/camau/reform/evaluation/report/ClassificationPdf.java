package vn.camau.reform.evaluation.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The classification list a unit files for its records (A4 portrait): the agency and the national
 * motto, the title, period and decree, a table of officers with their levels and scores, and the
 * head's signature block. DejaVu Serif is embedded (as for the apology letter) because the standard
 * PDF fonts have no Vietnamese glyphs. The wording is that of an official document, so Vietnamese.
 */
public final class ClassificationPdf {

    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final float TABLE_SIZE = 10;
    private static final float LEADING = 1.35f;
    /** Column shares of the table's width: no., name, position, level, score. */
    private static final float[] COLUMNS = {0.07f, 0.28f, 0.18f, 0.37f, 0.10f};
    private static final String[] HEADERS = {"STT", "Họ và tên", "Chức vụ", "Xếp loại", "Điểm"};

    private ClassificationPdf() {
    }

    public static byte[] render(ClassificationSheet sheet) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle("Danh sách xếp loại – " + sheet.unitName() + " – "
                    + sheet.periodLabel());
            document.getDocumentCatalog().setLanguage("vi-VN");
            new Writer(document, font(document, "DejaVuSerif.ttf"), font(document, "DejaVuSerif-Bold.ttf"),
                    font(document, "DejaVuSerif-Italic.ttf")).write(sheet);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the classification list of " + sheet.unitName(), e);
        }
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = ClassificationPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: /fonts/" + file);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** Lays the text out top to bottom, starting a new page when the next line would not fit. */
    private static final class Writer {

        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private final PDFont italic;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDFont regular, PDFont bold, PDFont italic) {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            this.italic = italic;
        }

        void write(ClassificationSheet sheet) throws IOException {
            newPage();
            try {
                float left = width * 0.42f;
                float top = y;
                centered(bold, SIZE, sheet.unitName().toUpperCase(java.util.Locale.forLanguageTag("vi-VN")),
                        MARGIN, left);
                float afterLeft = y;
                y = top;
                centered(bold, SIZE, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", MARGIN + left, width - left);
                centered(bold, SIZE, "Độc lập - Tự do - Hạnh phúc", MARGIN + left, width - left);
                y = Math.min(y, afterLeft) - SIZE * 2;
                centered(bold, 13, "DANH SÁCH XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC", MARGIN, width);
                centered(regular, SIZE, "Kỳ đánh giá: " + sheet.periodLabel(), MARGIN, width);
                centered(italic, SIZE, "Căn cứ: " + sheet.decreeName(), MARGIN, width);
                y -= SIZE;
                table(sheet.lines());
                signature(sheet);
            } finally {
                content.close();
            }
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void table(List<ClassificationSheet.Line> lines) throws IOException {
            row(bold, HEADERS);
            int n = 1;
            for (ClassificationSheet.Line l : lines) {
                row(regular, String.valueOf(n++), l.officerName(), nz(l.position()), l.level(), l.score());
            }
        }

        /** One table row, its cells wrapped to their column, framed; the header repeats on a new page. */
        private void row(PDFont font, String... cells) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < cells.length; i++) {
                List<String> w = wrap(font, TABLE_SIZE, cells[i], width * COLUMNS[i] - 8);
                wrapped.add(w);
                height = Math.max(height, w.size());
            }
            float rowHeight = height * TABLE_SIZE * LEADING + 6;
            if (y - rowHeight < MARGIN) {
                newPage();
                if (font != bold) {
                    row(bold, HEADERS);
                }
            }
            float x = MARGIN;
            for (int i = 0; i < cells.length; i++) {
                float w = width * COLUMNS[i];
                content.addRect(x, y - rowHeight, w, rowHeight);
                float ty = y - 3 - TABLE_SIZE;
                for (String line : wrapped.get(i)) {
                    text(font, TABLE_SIZE, line, x + 4, ty);
                    ty -= TABLE_SIZE * LEADING;
                }
                x += w;
            }
            content.stroke();
            y -= rowHeight;
        }

        private void signature(ClassificationSheet sheet) throws IOException {
            if (y - SIZE * 8 < MARGIN) {
                newPage();
            }
            y -= SIZE * 2;
            float left = width * 0.5f;
            java.time.LocalDate d = sheet.madeOn();
            centered(italic, SIZE, "ngày " + String.format("%02d", d.getDayOfMonth()) + " tháng "
                    + (d.getMonthValue() < 3 ? "0" + d.getMonthValue() : d.getMonthValue()) + " năm " + d.getYear(),
                    MARGIN + left, width - left);
            centered(bold, SIZE, "THỦ TRƯỞNG ĐƠN VỊ", MARGIN + left, width - left);
            centered(italic, SIZE, "(Ký, ghi rõ họ tên và đóng dấu)", MARGIN + left, width - left);
        }

        private void centered(PDFont font, float size, String text, float x, float w) throws IOException {
            for (String line : wrap(font, size, text, w)) {
                float lw = font.getStringWidth(drawable(font, line)) / 1000 * size;
                text(font, size, line, x + (w - lw) / 2, y - size);
                y -= size * LEADING;
            }
        }

        private void text(PDFont font, float size, String text, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(drawable(font, text));
            content.endText();
        }

        private static List<String> wrap(PDFont font, float size, String text, float w) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : nz(text).split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(drawable(font, candidate)) / 1000 * size > w) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The text with every character the font cannot draw (an emoji in a name, say) replaced by "?". */
    static String drawable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            boolean ok;
            try {
                font.encode(ch);
                ok = !Character.isISOControl(cp);
            } catch (IllegalArgumentException | IOException missing) {
                ok = false;
            }
            out.append(ok ? ch : "?");
        });
        return out.toString();
    }
}
