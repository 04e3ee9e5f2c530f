package vn.camau.reform.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.camau.reform.base.api.ApiError;

/**
 * The API speaks through the translation files, as the screens do: a text written inline in
 * Vietnamese beside its English would drift from the other language and from the screens' words.
 */
class ApiTextsTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** A Java string literal, escapes included. */
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    /** A term quoted inside a literal ({@code \"chờ bổ sung\"}): a name, not a sentence to translate. */
    private static final Pattern QUOTED_TERM = Pattern.compile("\\\\\"[^\"\\\\]*\\\\\"");
    /** A letter Vietnamese has and English does not. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Test
    void anErrorReadsBothLanguagesFromTheTranslations() {
        ApiError error = ApiError.translated("rate_limited", "api.error.rate-limited", "12");
        assertThat(error.message()).isEqualTo("Gửi quá nhanh, thử lại sau 12 giây / Too many batches, retry after 12 s");
        assertThat(error.details()).isEmpty();
        ApiError.Detail detail = new ApiError.Detail("from", "x", "yyyy-MM-dd");
        assertThat(error.with(detail).details()).containsExactly(detail);
        assertThat(error.with(detail).message()).isEqualTo(error.message());
    }

    @Test
    void noApiCodeWritesAVietnameseTextInline() throws IOException {
        List<String> inline = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(ApiTextsTest::speaksForTheApi).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(code);
                    while (m.find()) {
                        if (VIETNAMESE.matcher(QUOTED_TERM.matcher(m.group()).replaceAll("")).find()) {
                            inline.add(MAIN.relativize(file) + ":" + (i + 1) + " " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(inline).isEmpty();
    }

    /** The API's controllers and error shapes, wherever the package moves, and the API's 401/403 writer. */
    private static boolean speaksForTheApi(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && (path.contains("/api/") || path.endsWith("/security/ApiJsonErrors.java"));
    }
}
