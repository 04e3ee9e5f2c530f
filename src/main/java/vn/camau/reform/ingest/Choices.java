package vn.camau.reform.ingest;

import java.util.LinkedHashMap;
import java.util.Map;


/**
 * A closed list read as people write it: the stored value itself (COMMUNE) or its Vietnamese words
 * (Xã, cấp xã), in any case, with or without diacritics. A value outside it names what is accepted.
 */
final class Choices {

    private final Map<String, String> byKey = new LinkedHashMap<>();
    private final String accepted;

    private Choices(String accepted) {
        this.accepted = accepted;
    }

    static Choices of(String accepted, String... valueThenWords) {
        Choices c = new Choices(accepted);
        String value = null;
        for (String s : valueThenWords) {
            if (s.equals(s.toUpperCase()) && s.matches("[A-Z_]+")) {
                value = s;
            }
            c.byKey.put(HeaderMapping.key(s), value);
        }
        return c;
    }

    /** The stored value, or null (with an error when the cell has text that is not in the list). */
    String read(RawRecord r, String field) {
        String text = r.text(field);
        if (text == null) {
            return null;
        }
        String value = byKey.get(HeaderMapping.key(text));
        if (value == null) {
            r.error(field, "intake.error.notOneOf", text, accepted);
        }
        return value;
    }

    static final Choices LEVELS = of("Tỉnh, Huyện, Xã (PROVINCE, DISTRICT, COMMUNE)",
            "PROVINCE", "Tỉnh", "Cấp tỉnh", "Province",
            "DISTRICT", "Huyện", "Cấp huyện", "District",
            "COMMUNE", "Xã", "Cấp xã", "Commune");

    static final Choices TIME_UNITS = of("Ngày làm việc, Giờ làm việc (WORKING_DAY, WORKING_HOUR)",
            "WORKING_DAY", "Ngày làm việc", "Ngày", "Working day", "Working days", "Day", "Days",
            "WORKING_HOUR", "Giờ làm việc", "Giờ", "Working hour", "Working hours", "Hour", "Hours");

    /** A value of the list that must be there: one error, never two, when it is missing or wrong. */
    String readRequired(RawRecord r, String field) {
        return r.text(field) == null ? r.required(field, null) : read(r, field);
    }

    /** A whole number within bounds, or null (with one error when it is wrong, or missing but required). */
    static Long number(RawRecord r, String field, long min, long max, boolean required) {
        if (r.text(field) == null) {
            return required ? r.required(field, null) : null;
        }
        Long n = r.number(field);
        if (n != null && (n < min || n > max)) {
            r.error(field, "import.error.outOfRange", n, min, max);
            return null;
        }
        return n;
    }

}
