package vn.camau.reform.base.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface's texts ({@code vaadin-i18n/translations_*.properties}), Vietnamese unless English is
 * asked for. The views read them through Vaadin's provider; the API, which has no UI, through this.
 */
public final class Texts {

    private static final String BUNDLE = "vaadin-i18n.translations";

    /**
     * The texts' patterns parsed, by language and key: an overview asks for a few thousand texts (a
     * tooltip per grid cell among them), and parsing the pattern anew each time was most of their cost.
     * MessageFormat is not thread-safe: each is used under its own lock, held for one format call.
     */
    private static final Map<Locale, Map<String, MessageFormat>> FORMATS = new ConcurrentHashMap<>();

    /**
     * The bundle per language, looked up once: ResourceBundle's own cache still builds the candidate
     * locales and a cache key on every lookup, a third of a text's cost when an overview asks for hundreds.
     */
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private Texts() {
    }

    /** The text for the key with its parameters; throws MissingResourceException for an unknown key. */
    public static String of(String key, Locale locale, Object... params) {
        Locale effective = effective(locale);
        String pattern = bundle(effective).getString(key);
        if (params.length == 0) {
            return pattern;
        }
        MessageFormat format = FORMATS.computeIfAbsent(effective, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, p -> new MessageFormat(p, effective));
        synchronized (format) {
            return format.format(params);
        }
    }

    /**
     * Whether the language has a text for the key: for screens that show a code as it is when it has no
     * text of its own (the audit trail's values), without the missing-text warning meant for mistakes.
     */
    public static boolean has(String key, Locale locale) {
        return bundle(effective(locale)).containsKey(key);
    }

    private static Locale effective(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VnFormats.VIETNAMESE;
    }

    private static ResourceBundle bundle(Locale effective) {
        return BUNDLES.computeIfAbsent(effective, l -> ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
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
