package vn.camau.reform.base.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's texts ({@code vaadin-i18n/translations_*.properties}), Vietnamese unless English is
 * asked for. The views read them through Vaadin's provider; the API, which has no UI, through this.
 */
public final class Texts {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Texts() {
    }

    /** The text for the key with its parameters; throws MissingResourceException for an unknown key. */
    public static String of(String key, Locale locale, Object... params) {
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VnFormats.VIETNAMESE;
        String pattern = ResourceBundle.getBundle(BUNDLE, effective,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
    }

    /** "Vietnamese / English", the API's way of answering both readers. */
    public static String bilingual(String key, Object... params) {
        try {
            return of(key, VnFormats.VIETNAMESE, params) + " / " + of(key, Locale.ENGLISH, params);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
