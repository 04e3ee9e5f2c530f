package vn.camau.reform.hotline;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One fact of a history entry: a field and its value before and after, raw (enum names, ISO dates,
 * names as they were then). A value that was not there, or is not part of the fact, is null.
 */
public record HotlineChange(HotlineField field, String from, String to) {

    public static HotlineChange of(HotlineField field, String from, String to) {
        return new HotlineChange(field, from, to);
    }

    /** A fact that only states a value, such as the deadline a report got on reception. */
    public static HotlineChange set(HotlineField field, String to) {
        return new HotlineChange(field, null, to);
    }

    public static String raw(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String raw(LocalDateTime at) {
        return at == null ? null : at.withNano(0).toString();
    }

    public static String raw(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
