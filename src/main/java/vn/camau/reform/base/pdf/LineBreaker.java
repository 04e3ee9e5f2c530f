package vn.camau.reform.base.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaks a paragraph into lines that fit a column, measured with the font that will draw them. */
public final class LineBreaker {

    private final PDFont font;
    private final float size;

    public LineBreaker(PDFont font, float size) {
        this.font = font;
        this.size = size;
    }

    /** The width in points of the text drawn in this font and size. */
    public float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines of a text whose words are separated by single spaces. The first line may be narrower
     * (an indent). A word wider than the column (a long code or address) is split where it must be.
     */
    public List<String> lines(String text, float firstWidth, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            float available = lines.isEmpty() ? firstWidth : width;
            if (width(candidate) <= available) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                available = width;
            }
            String rest = word;
            while (width(rest) > available) {
                int cut = longestFittingPrefix(rest, available);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                available = width;
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** At least one character, never half a surrogate pair. */
    private int longestFittingPrefix(String word, float available) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (width(word.substring(0, next)) > available) {
                break;
            }
            cut = next;
        }
        return cut;
    }
}
