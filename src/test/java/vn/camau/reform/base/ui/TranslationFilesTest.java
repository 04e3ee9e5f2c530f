package vn.camau.reform.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The two translation files say the same things: every key in Vietnamese has its English twin and
 * the other way round, no key appears twice, and no merge leftovers hide in them.
 */
class TranslationFilesTest {

    private static String text(String language) throws IOException {
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties properties(String language) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.StringReader(text(language)));
        return p;
    }

    private static List<String> keysInOrder(String language) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : text(language).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#") && l.contains("=")) {
                keys.add(l.substring(0, l.indexOf('=')).strip());
            }
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(properties("en").stringPropertyNames()).isEqualTo(properties("vi").stringPropertyNames());
    }

    @Test
    void noKeyTwiceAndNoMergeLeftovers() throws IOException {
        for (String language : List.of("vi", "en")) {
            List<String> keys = keysInOrder(language);
            assertThat(keys).as(language).doesNotHaveDuplicates();
            assertThat(text(language)).as(language).doesNotContain("<<<<<<<", ">>>>>>>", "\n=======\n");
        }
    }
}
