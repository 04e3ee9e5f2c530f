package vn.camau.reform.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The two translation files say the same things: every key in Vietnamese has its English twin and
 * the other way round, no key appears twice, and no merge leftovers hide in them; every enum constant
 * that names itself by {@code labelKey()} names a key they hold.
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

    /**
     * Screens label enums by their {@code labelKey()}, not by keys built from a constant's name, so a
     * mistyped prefix there would show "!key" on whichever screen reaches that constant last.
     */
    @Test
    void everyEnumLabelKeyIsTranslated() throws Exception {
        Properties vi = properties("vi");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.camau.reform")) {
            if (!c.isEnum() || c.tryGetMethod("labelKey").isEmpty()) {
                continue;
            }
            java.lang.reflect.Method labelKey = c.reflect().getMethod("labelKey");
            labelKey.setAccessible(true);
            for (Object constant : c.reflect().getEnumConstants()) {
                String key = (String) labelKey.invoke(constant);
                checked++;
                if (!vi.containsKey(key)) {
                    missing.add(c.getSimpleName() + "." + constant + " -> " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(checked).isGreaterThan(100);
    }
}
