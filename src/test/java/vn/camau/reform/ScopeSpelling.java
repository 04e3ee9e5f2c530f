package vn.camau.reform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds hand-written unit-scope tests in Java source: a prefix or LIKE test on a unit path spelled
 * anywhere but in {@code security.query.ScopeCondition}. Works on the source text (comments blanked)
 * because the spelling, not the compiled call, is what drifts: a second spelling is where a scope bug
 * hides.
 */
final class ScopeSpelling {

    /** Files allowed to spell the test: the helper itself and the in-memory {@code UnitScope.includes}. */
    static final List<String> ALLOWED = List.of(
            "vn/camau/reform/security/query/ScopeCondition.java",
            "vn/camau/reform/security/UnitScope.java");

    private record Rule(String why, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            // ADMIN_UNIT.PATH.startsWith(…), u.PATH().like(…), t.field(ADMIN_UNIT.PATH).startsWith(…)
            new Rule("a prefix or LIKE test on a PATH column", Pattern.compile(
                    "\\bPATH\\b\\s*(\\(\\s*\\))?[\\s)]*\\.\\s*(startsWith|startsWithIgnoreCase|like|likeIgnoreCase"
                            + "|notLike|likeRegex|contains|containsIgnoreCase|endsWith)\\s*\\(")),
            // path.startsWith(scope.path()), field.startsWith(scopePath), like(reader.scope().path() …)
            new Rule("a prefix or LIKE test against the scope", Pattern.compile(
                    "\\.\\s*(startsWith|startsWithIgnoreCase|like|likeIgnoreCase)\\s*\\(\\s*[\\w.()]*[sS]cope")),
            // path.startsWith(unitPath): a prefix test between two paths held in variables (the whole
            // argument a path, so a URL test such as path.startsWith(contextPath + "/api/") passes)
            new Rule("a prefix test between two paths", Pattern.compile(
                    "(?i)path\\w*(\\(\\s*\\))?\\s*\\.\\s*startsWith\\s*\\("
                            + "\\s*[\\w.()]*(path|scope)\\w*(\\(\\s*\\))?\\s*\\)")),
            // .like(path + "%"), DSL.concat(scope.path(), "%")
            new Rule("a path concatenated with a LIKE wildcard", Pattern.compile(
                    "(?i)path\\w*(\\(\\s*\\))?\\s*(\\+|,)\\s*(DSL\\s*\\.\\s*)?(inline\\s*\\(|val\\s*\\()?\\s*\"%")),
            // DSL.condition("path like ?"), plain SQL
            new Rule("a LIKE on a path in plain SQL", Pattern.compile("(?i)\\bpath\\b\\s+(not\\s+)?like\\b")));

    private ScopeSpelling() {
    }

    /** One line per violation: {@code name:line: why: the offending text}. */
    static List<String> violations(String name, String source) {
        String code = withoutComments(source);
        List<String> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(code);
            while (m.find()) {
                int line = 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                found.add(name + ":" + line + ": " + rule.why() + ": " + m.group().strip());
            }
        }
        return found;
    }

    /**
     * The source with comments blanked (line breaks kept, so line numbers hold) and string literals
     * kept: a comment may describe the test ("path LIKE '/1/%'"), a string may be plain SQL.
     */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (; i < end; i++) {
                    out.append(s.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                int end = literalEnd(s, i);
                out.append(s, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Index just past the string, text block or char literal starting at {@code start}. */
    private static int literalEnd(String s, int start) {
        char quote = s.charAt(start);
        if (quote == '"' && s.startsWith("\"\"\"", start)) {
            int end = s.indexOf("\"\"\"", start + 3);
            return end < 0 ? s.length() : end + 3;
        }
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, s.length());
    }
}
