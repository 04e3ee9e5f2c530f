package vn.camau.reform.evaluation.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Serif from the jar (src/main/resources/fonts), embedded as a subset, as the apology letter
 * does: the standard 14 PDF fonts have no Vietnamese glyphs.
 */
record SheetFonts(PDFont regular, PDFont bold, PDFont italic) {

    static SheetFonts load(PDDocument document) throws IOException {
        return new SheetFonts(font(document, "DejaVuSerif.ttf"), font(document, "DejaVuSerif-Bold.ttf"),
                font(document, "DejaVuSerif-Italic.ttf"));
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = SheetFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: /fonts/" + file);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** NFC (precomposed glyphs), one space between words, and "?" for what the font cannot draw. */
    static String drawable(PDFont font, String text) {
        String normalized = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(codePoint -> {
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

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
