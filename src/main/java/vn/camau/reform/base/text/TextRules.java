package vn.camau.reform.base.text;

import java.text.Normalizer;

import vn.camau.reform.base.BusinessRuleException;

/**
 * What no stored text may hold, whoever typed or sent it: control characters (tab and line breaks
 * only where text may span lines), bidirectional overrides and isolates (U+202A–E, U+2066–9, which
 * make a name or a complaint read backwards on screen), half a surrogate pair, unassigned and
 * private-use code points, non-characters and U+FFFD (the mark of a file read in the wrong
 * encoding). Text is kept composed (NFC), so one name typed on two systems compares equal.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The index of the first character no stored text may hold, or -1 when there is none. */
    public static int firstForbidden(String text, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp, multiline)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** "U+202E": how a message names a character that cannot be shown. */
    public static String codePoint(String text, int index) {
        return String.format("U+%04X", text.codePointAt(index));
    }

    /**
     * Typed text as it is stored: composed and stripped, null when blank; a forbidden character is
     * refused with {@code text.bad-character} naming it and its position.
     */
    public static String clean(String text, boolean multiline) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        int bad = firstForbidden(composed, multiline);
        if (bad >= 0) {
            throw new BusinessRuleException("text.bad-character", codePoint(composed, bad), bad + 1);
        }
        String stripped = composed.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static boolean allowed(int cp, boolean multiline) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL) {
            return multiline && (cp == '\n' || cp == '\r' || cp == '\t');
        }
        return type != Character.SURROGATE && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && !(cp >= 0x202A && cp <= 0x202E) && !(cp >= 0x2066 && cp <= 0x2069)
                && cp != 0xFFFD && (cp & 0xFFFE) != 0xFFFE;
    }
}
