package vn.camau.reform.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.camau.reform.base.BusinessRuleException;

/**
 * The one rule for user names, applied before anything reads one: what was typed is folded to its
 * Unicode compatibility form (NFKC: a full-width "ｔｈａｎｈｔｒａ" is "thanhtra"), stripped of the
 * spaces and invisible characters around it (U+0020, U+2003, U+00A0, U+200B, U+FEFF…), lower-cased,
 * and must then be plain ASCII letters, digits and {@code . _ @ -}. Anything else cannot be an
 * account, so it is refused before the database is asked.
 *
 * <p>Why so strict: the users table compares with a case- and accent-insensitive collation, so
 * {@code " thanhtra"}, {@code "THANHTRA"} and {@code "thanhtrá"} all found the same row while the
 * failed-login counter, written with the raw name, matched none of them — unlimited guessing. One
 * canonical spelling, used by the lookup and by every counter, closes that.
 */
public final class Usernames {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 100;

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._@-]*");
    /**
     * Spaces of every kind and invisible format characters (zero-width, bidi marks, BOM). Other
     * controls (NUL, ESC) are not stripped: a name holding one is refused.
     */
    private static final Pattern EDGES = Pattern.compile("^[\\p{Z}\\p{Cf}\\s]+|[\\p{Z}\\p{Cf}\\s]+$");

    private Usernames() {
    }

    /** The canonical form of a typed name, or empty when no account can bear it. */
    public static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > 4 * MAX_LENGTH) {
            return Optional.empty();
        }
        String name = EDGES.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return isWellFormed(name) ? Optional.of(name) : Optional.empty();
    }

    /** The canonical name for a new account; a name that cannot be one is refused with the rule. */
    public static String forNewAccount(String typed) {
        return canonical(typed).orElseThrow(() -> new BusinessRuleException("user.error.badUsername",
                typed == null ? "" : typed.strip(), MIN_LENGTH, MAX_LENGTH));
    }

    private static boolean isWellFormed(String name) {
        return name.length() >= MIN_LENGTH && name.length() <= MAX_LENGTH && ALLOWED.matcher(name).matches();
    }
}
