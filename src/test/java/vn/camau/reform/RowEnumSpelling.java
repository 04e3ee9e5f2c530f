package vn.camau.reform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an enum converted by hand from a row in Java source: {@code State.valueOf(r.value3())},
 * {@code Channel.valueOf(row.channel())}, {@code DossierState.of(r.get(DOSSIER.STATE))}. The enum-valued
 * columns come out of jOOQ typed (forced types in pom.xml), so such a conversion means a column was
 * left untyped, or a row record carries a string where the enum belongs. Also a typed column read back
 * as text in SQL, {@code APOLOGY.STATE.coerce(String.class)}: the row then carries the stored name, and
 * a screen compares or concatenates strings where the enum was at hand. And a row's value compared with
 * a constant's name, {@code "OPEN".equals(r.value10())}, {@code r.value8().equals("WORKING_HOUR")},
 * {@code Objects.equals(r.get(APOLOGY.STATE), "SENT")}: the column is untyped (or read as text), and a
 * renamed constant turns the comparison false without a word. And a generated column compared in SQL
 * with a constant's name or a stored letter, {@code DOSSIER_STAT.SLICE.eq("U")},
 * {@code APOLOGY.STATE.in("SENT", "PUBLISHED")}: the column is untyped, so nothing says which letters or
 * names it holds. Works on the source text (comments blanked) like {@link ScopeSpelling}.
 */
final class RowEnumSpelling {


    /** Boxed numbers and strings convert a value, not a stored name: {@code String.valueOf(r.id())}. */
    private static final Set<String> NOT_ENUMS = Set.of("String", "Integer", "Long", "Short", "Byte", "Double",
            "Float", "Boolean", "Character", "BigDecimal", "BigInteger");

    /** Enums stored as a code and decoded with {@code of(code)} rather than by name. */
    private static final Set<String> CODED = Set.of("DossierState");

    // Type.valueOf(r.…) / Type.of(row.…) / Enum.valueOf(Type.class, rec.…): a row's accessor, value or get
    // (a row is named r, row, rec, record, d, e, or run: an import history line)
    private static final Pattern CONVERSION = Pattern.compile(
            "\\b((?:[A-Z]\\w*\\s*\\.\\s*)*[A-Z]\\w*)\\s*\\.\\s*(valueOf|of)\\s*\\("
                    + "\\s*(?:[A-Z]\\w*\\s*\\.\\s*class\\s*,\\s*)?"
                    + "(r|row|rec|record|d|e|run)\\s*\\.\\s*\\w+\\s*\\(");

    // TABLE.COLUMN.coerce(String.class) or alias.COLUMN.coerce(String.class): a generated column as text
    private static final Pattern TEXT_READ = Pattern.compile(
            "\\b\\w+\\s*\\.\\s*[A-Z][A-Z0-9_]*\\s*\\.\\s*coerce\\s*\\(\\s*String\\s*\\.\\s*class\\s*\\)");

    // a row's accessor, value or get, with up to two levels of brackets inside: r.get(ALIAS.field(T.C));
    // optionally turned to text first (.name(), .toString())
    private static final String ROW_VALUE = "\\b(?:r|row|rec|record|d|e|run)\\s*\\.\\s*\\w+\\s*\\("
            + "(?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\)"
            + "(?:\\s*\\.\\s*(?:name|toString)\\s*\\(\\s*\\))?";

    // a string literal spelling a constant's name: "OPEN", "WORKING_HOUR" (kept by withoutStrings)
    private static final String NAME = "\"[A-Z][A-Z0-9_]*\"";

    private static final String EQUALS = "\\s*\\.\\s*equals(?:IgnoreCase)?\\s*\\(\\s*";

    // "X".equals(r.…) / r.….equals("X") / Objects.equals(r.…, "X") either way round / r.… == "X"
    private static final Pattern NAME_COMPARISON = Pattern.compile(
            NAME + EQUALS + ROW_VALUE
                    + "|" + ROW_VALUE + EQUALS + NAME + "\\s*\\)"
                    + "|\\bObjects\\s*\\.\\s*equals\\s*\\(\\s*(?:" + ROW_VALUE + "\\s*,\\s*" + NAME
                    + "|" + NAME + "\\s*,\\s*" + ROW_VALUE + ")\\s*\\)"
                    + "|" + ROW_VALUE + "\\s*[!=]=\\s*" + NAME
                    + "|" + NAME + "\\s*[!=]=\\s*" + ROW_VALUE);

    // TABLE.COLUMN.eq("U") / alias.COLUMN.in("SENT", …) / .ne / .equal / .notEqual / .notIn: a column
    // compared in SQL with a name or letter (the first literal is enough)
    private static final Pattern COLUMN_COMPARISON = Pattern.compile(
            "\\b\\w+\\s*\\.\\s*[A-Z][A-Z0-9_]*\\s*\\.\\s*(?:eq|ne|equal|notEqual|in|notIn)\\s*\\(\\s*" + NAME);

    private RowEnumSpelling() {
    }

    /** One line per conversion: {@code name:line: text}. */
    static List<String> violations(String name, String source) {
        String code = withoutStrings(ScopeSpelling.withoutComments(source));
        List<String> found = new ArrayList<>();
        Matcher m = CONVERSION.matcher(code);
        while (m.find()) {
            String type = m.group(1).replaceAll("\\s", "");
            String simple = type.substring(type.lastIndexOf('.') + 1);
            if (NOT_ENUMS.contains(simple) || ("of".equals(m.group(2)) && !CODED.contains(simple))) {
                continue;
            }
            found.add(name + ":" + line(code, m.start()) + ": " + m.group().strip());
        }
        Matcher text = TEXT_READ.matcher(code);
        while (text.find()) {
            found.add(name + ":" + line(code, text.start()) + ": " + text.group().strip());
        }
        Matcher compared = NAME_COMPARISON.matcher(code);
        while (compared.find()) {
            found.add(name + ":" + line(code, compared.start()) + ": " + compared.group().strip());
        }
        Matcher column = COLUMN_COMPARISON.matcher(code);
        while (column.find()) {
            found.add(name + ":" + line(code, column.start()) + ": " + column.group().strip());
        }
        return found;
    }

    private static int line(String code, int offset) {
        return 1 + (int) code.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    /**
     * String literals and text blocks emptied (their line breaks kept): a message is no conversion. A
     * literal that spells a constant's name ({@code "OPEN"}) stays, for {@link #NAME_COMPARISON}: it holds
     * no dot or bracket, so no other pattern can match inside it.
     */
    private static String withoutStrings(String code) {
        Matcher blocks = TEXT_BLOCK.matcher(code);
        StringBuilder out = new StringBuilder();
        while (blocks.find()) {
            blocks.appendReplacement(out, Matcher.quoteReplacement(blocks.group().replaceAll("[^\\n]", " ")));
        }
        blocks.appendTail(out);
        return STRING.matcher(out).replaceAll(m -> m.group().matches(NAME) ? m.group() : "\"\"");
    }

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");
}
