package vn.camau.reform.base.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Serif, shipped in the jar (src/main/resources/fonts, Bitstream Vera licence), embedded as a
 * subset: the standard 14 PDF fonts have no Vietnamese glyphs, and the reader's machine may have none.
 */
public record LetterFonts(PDFont regular, PDFont bold, PDFont italic) {

    public static LetterFonts load(PDDocument document) throws IOException {
        return new LetterFonts(
                font(document, "DejaVuSerif.ttf"),
                font(document, "DejaVuSerif-Bold.ttf"),
                font(document, "DejaVuSerif-Italic.ttf"));
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = LetterFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: /fonts/" + file);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** The text with every character the font cannot draw (an emoji in a reason, say) replaced by "?". */
    public static String drawable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            out.append(Character.isISOControl(codePoint) || !hasGlyph(font, character) ? "?" : character);
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException missing) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
