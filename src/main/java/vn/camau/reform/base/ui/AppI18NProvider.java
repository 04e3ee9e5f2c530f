package vn.camau.reform.base.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

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
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VnFormats.VIETNAMESE;
        try {
            String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", effective,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, effective);
            return "!" + key;
        }
    }

    public static Locale forLanguage(String language) {
        return "en".equals(language) ? ENGLISH : VnFormats.VIETNAMESE;
    }
}
