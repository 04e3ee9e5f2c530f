package vn.camau.reform.base.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Sets an administrative document's lines (the apology letter's, the monthly report's) down its pages from a cursor (the top of the next line): centred lines,
 * justified paragraphs, short rules. A paragraph that reaches the bottom margin goes on to a new
 * page; pages after the first carry their number at the top, as Decree 30/2020 wants.
 */
public final class LetterTypesetter implements AutoCloseable {

    /** Line height as a multiple of the font size, a little over single spacing. */
    private static final float LEADING = 1.3f;
    /** Where the baseline sits below the top of a line, as a multiple of the font size. */
    private static final float ASCENT = 0.95f;

    private final PDDocument document;
    private final PaperSize paper;
    private final LetterFonts fonts;
    private final boolean draft;
    private PDPageContentStream stream;
    private int pages;
    private float y;

    public LetterTypesetter(PDDocument document, PaperSize paper, LetterFonts fonts, boolean draft) throws IOException {
        this.document = document;
        this.paper = paper;
        this.fonts = fonts;
        this.draft = draft;
        newPage();
    }

    public float y() {
        return y;
    }

    public void moveTo(float y) {
        this.y = y;
    }

    public void space(float points) {
        y -= points;
    }

    public float leading(float size) {
        return size * LEADING;
    }

    /** Starts a new page unless this much room is left above the bottom margin. */
    public void keepTogether(float height) throws IOException {
        if (y - height < paper.bottomMargin()) {
            newPage();
        }
    }

    /** The text on as many lines as it needs, each centred on centreX within maxWidth. */
    public void centred(String text, PDFont font, float size, float centreX, float maxWidth) throws IOException {
        String clean = clean(text, font);
        LineBreaker breaker = new LineBreaker(font, size);
        for (String line : breaker.lines(clean, maxWidth, maxWidth)) {
            keepTogether(leading(size));
            show(line, font, size, centreX - breaker.width(line) / 2);
            y -= leading(size);
        }
    }

    /** One line centred on centreX, in a smaller size if it would not fit maxWidth (the national motto). */
    public void centredOnOneLine(String text, PDFont font, float size, float centreX, float maxWidth) throws IOException {
        String clean = clean(text, font);
        float natural = new LineBreaker(font, size).width(clean);
        float fitted = natural > maxWidth ? size * maxWidth / natural : size;
        show(clean, font, fitted, centreX - Math.min(natural, maxWidth) / 2);
        y -= leading(size);
    }

    /** The width the text takes in this font and size. */
    public float width(String text, PDFont font, float size) {
        return new LineBreaker(font, size).width(clean(text, font));
    }

    /** A thin horizontal rule centred on centreX, a little below the line above it. */
    public void rule(float centreX, float width, float size) throws IOException {
        float ruleY = y - size * 0.1f;
        stream.setLineWidth(0.6f);
        stream.moveTo(centreX - width / 2, ruleY);
        stream.lineTo(centreX + width / 2, ruleY);
        stream.stroke();
        y -= size * 0.6f;
    }

    /**
     * A paragraph across the column, first line indented, justified except its last line; a page
     * break leaves at least two of its lines on either side.
     */
    public void paragraph(String text, PDFont font, float size, float indent) throws IOException {
        String clean = clean(text, font);
        float left = paper.leftMargin();
        float width = paper.columnWidth();
        LineBreaker breaker = new LineBreaker(font, size);
        List<String> lines = breaker.lines(clean, width - indent, width);
        for (int i = 0; i < lines.size(); i++) {
            // no paragraph starts with its last line alone at the foot of a page, nor ends with one at the head
            boolean pairs = lines.size() > 1 && (i == 0 || i == lines.size() - 2);
            keepTogether(leading(size) * (pairs ? 2 : 1));
            float x = i == 0 ? left + indent : left;
            float lineWidth = i == 0 ? width - indent : width;
            if (i == lines.size() - 1) {
                show(lines.get(i), font, size, x);
            } else {
                justify(lines.get(i), breaker, font, size, x, lineWidth);
            }
            y -= leading(size);
        }
    }

    /**
     * A table row across the given column widths from the left margin, each cell wrapped in its column
     * (numbers right-aligned), framed by thin lines; a row never breaks across pages.
     */
    public void row(List<String> cells, float[] widths, PDFont font, float size, boolean[] rightAligned)
            throws IOException {
        float pad = size * 0.35f;
        LineBreaker breaker = new LineBreaker(font, size);
        List<List<String>> lines = new java.util.ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cellLines = breaker.lines(clean(cells.get(i), font), widths[i] - 2 * pad, widths[i] - 2 * pad);
            lines.add(cellLines);
            height = Math.max(height, cellLines.size());
        }
        float rowHeight = leading(size) * height + pad;
        keepTogether(rowHeight);
        float top = y;
        float x = paper.leftMargin();
        stream.setLineWidth(0.4f);
        for (int i = 0; i < cells.size(); i++) {
            stream.addRect(x, top - rowHeight, widths[i], rowHeight);
            float lineY = top - pad / 2;
            for (String line : lines.get(i)) {
                y = lineY;
                float at = rightAligned[i] ? x + widths[i] - pad - breaker.width(line) : x + pad;
                show(line, font, size, at);
                lineY -= leading(size);
            }
            x += widths[i];
        }
        stream.stroke();
        y = top - rowHeight;
    }

    /** An image centred in the column at the given width, kept whole on one page. */
    public void image(PDImageXObject image, float width) throws IOException {
        float height = width * image.getHeight() / image.getWidth();
        keepTogether(height);
        float x = paper.leftMargin() + (paper.columnWidth() - width) / 2;
        stream.drawImage(image, x, y - height, width, height);
        y -= height;
    }

    private void justify(String line, LineBreaker breaker, PDFont font, float size, float x, float width)
            throws IOException {
        String[] words = line.split(" ");
        if (words.length < 2) {
            show(line, font, size, x);
            return;
        }
        float wordsWidth = 0;
        for (String word : words) {
            wordsWidth += breaker.width(word);
        }
        float gap = (width - wordsWidth) / (words.length - 1);
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y - size * ASCENT);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                stream.newLineAtOffset(breaker.width(words[i - 1]) + gap, 0);
            }
            stream.showText(words[i]);
        }
        stream.endText();
    }

    private void show(String line, PDFont font, float size, float x) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y - size * ASCENT);
        stream.showText(line);
        stream.endText();
    }

    /** NFC, so that combining marks become the precomposed glyphs the font has; one space between words. */
    private static String clean(String text, PDFont font) {
        String normalized = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        return LetterFonts.drawable(font, normalized.strip().replaceAll("\\s+", " "));
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(paper.rectangle());
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        pages++;
        float top = paper.rectangle().getHeight() - paper.topMargin();
        float size = paper.fontSize();
        float centre = paper.leftMargin() + paper.columnWidth() / 2;
        if (pages > 1) {
            y = top + leading(size) * 1.8f;
            centred(Integer.toString(pages), fonts.regular(), size, centre, paper.columnWidth());
        }
        if (draft) {
            draftMark(top, size);
        }
        y = top;
    }

    /** "DỰ THẢO" in a box at the top right of every page, above the text. */
    private void draftMark(float top, float size) throws IOException {
        String mark = "DỰ THẢO";
        float markSize = size * 0.9f;
        float textWidth = width(mark, fonts.bold(), markSize);
        float right = paper.leftMargin() + paper.columnWidth();
        float padding = markSize * 0.4f;
        y = top + leading(markSize) + padding * 2;
        show(mark, fonts.bold(), markSize, right - padding - textWidth);
        stream.setLineWidth(0.8f);
        stream.addRect(right - textWidth - 2 * padding, y - leading(markSize) - padding * 0.3f,
                textWidth + 2 * padding, leading(markSize) + padding * 0.6f);
        stream.stroke();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
