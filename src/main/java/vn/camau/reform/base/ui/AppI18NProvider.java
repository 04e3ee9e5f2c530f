package vn.camau.reform.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import vn.camau.reform.base.text.Texts;
import vn.camau.reform.base.text.VnFormats;

/** Vietnamese first, English second; texts in vaadin-i18n/translations_*.properties (UTF-8). */
@Component
public class AppI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(VnFormats.VIETNAMESE, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(AppI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return Texts.of(key, locale, params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key;
        }
    }

    public static Locale forLanguage(String language) {
        return "en".equals(language) ? ENGLISH : VnFormats.VIETNAMESE;
    }
}
