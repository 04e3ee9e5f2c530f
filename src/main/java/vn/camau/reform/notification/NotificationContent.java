package vn.camau.reform.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.camau.reform.base.text.Texts;
import vn.camau.reform.base.text.VnFormats;

/**
 * What a notification says, as data: a title and lines as translation keys with raw values, bulleted
 * items, and the words a user wrote (a reminder's text, a reason), kept as typed. Worded when read,
 * in the reader's language (the screen's, or the recipient's for the e-mail), so that nothing stored
 * is a sentence in one language.
 */
public record NotificationContent(Message title, List<Message> lines, List<Message> items, String text) {

    public NotificationContent {
        lines = List.copyOf(lines);
        items = List.copyOf(items);
    }

    public static NotificationContent of(Message title, Message line, String text) {
        return new NotificationContent(title, List.of(line), List.of(), text);
    }

    public String title(Locale locale) {
        return title.words(locale);
    }

    public String body(Locale locale) {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.add(l.words(locale)));
        items.forEach(i -> out.add("• " + i.words(locale)));
        if (text != null && !text.isBlank()) {
            out.add(text);
        }
        return String.join("\n", out);
    }

    /** A sentence as data: its translation key and values. */
    public record Message(String key, List<Value> values) {

        public Message {
            values = List.copyOf(values);
        }

        public static Message of(String key, Value... values) {
            return new Message(key, List.of(values));
        }

        String words(Locale locale) {
            return Texts.of(key, locale, values.stream().map(v -> v.words(locale)).toArray());
        }
    }

    /** One value, raw: a name or code as it was, an ISO date, a count, or the key of a label. */
    public record Value(Type type, String raw) {

        public enum Type {
            TEXT, DATE, NUMBER, LABEL
        }

        public static Value text(String text) {
            return new Value(Type.TEXT, text);
        }

        public static Value date(LocalDate date) {
            return new Value(Type.DATE, date.toString());
        }

        public static Value number(long n) {
            return new Value(Type.NUMBER, Long.toString(n));
        }

        /** A label by its translation key, such as a hotline category's. */
        public static Value label(String key) {
            return new Value(Type.LABEL, key);
        }

        Object words(Locale locale) {
            return switch (type) {
                case TEXT -> raw == null ? "" : raw;
                case DATE -> VnFormats.date(LocalDate.parse(raw));
                // a number, so that the message's own format (plurals, grouping) applies
                case NUMBER -> Long.parseLong(raw);
                case LABEL -> Texts.of(raw, locale);
            };
        }
    }
}
