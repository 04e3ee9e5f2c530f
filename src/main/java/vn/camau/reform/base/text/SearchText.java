package vn.camau.reform.base.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Vietnamese text for searching: "Phường An Xuyên" and "phuong an xuyen" fold to the same
 * key, so users can type without diacritics. Must stay identical to db/seed/generate_seed.py.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // đ is a letter of its own, not d with a combining mark, so NFD alone would keep it
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    /** Escapes LIKE wildcards so that a typed "%" or "_" matches itself. */
    public static String likeEscaped(String folded) {
        return folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
