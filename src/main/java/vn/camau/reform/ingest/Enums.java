package vn.camau.reform.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import vn.camau.reform.dossier.DossierState;

/** Reads the closed lists (channel, rating, state) and names the accepted values when refused. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E read(RawRecord r, String field, Class<E> type, boolean required) {
        String text = r.choice(field, 40, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            r.error(field, "intake.error.notOneOf", text, accepted(type));
            return null;
        }
    }

    /** The Vietnamese words the readers accept (TextRecord's aliases), by code. */
    private static final Map<String, String> WORDS = Map.of(
            "IN_PERSON", "Trực tiếp", "ONLINE", "Trực tuyến", "POSTAL", "Bưu chính",
            "VERY_SATISFIED", "Rất hài lòng", "SATISFIED", "Hài lòng", "DISSATISFIED", "Không hài lòng",
            "FULL", "Toàn trình", "PARTIAL", "Một phần");

    /**
     * The accepted values as a person reads them: the words first, the codes a machine may send in
     * brackets ("Trực tiếp, Trực tuyến, Bưu chính (IN_PERSON, ONLINE, POSTAL)"), as {@link Choices} says them.
     */
    static <E extends Enum<E>> String accepted(Class<E> type) {
        E[] values = type.getEnumConstants();
        String words = Arrays.stream(values).map(v -> WORDS.getOrDefault(v.name(), v.name()))
                .collect(Collectors.joining(", "));
        String codes = Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
        return words + " (" + codes + ")";
    }

    /** The national sync state, 1 to 10 (DOMAIN §4). */
    static DossierState state(RawRecord r, String field, boolean required) {
        Long code = r.number(field);
        if (code == null) {
            if (required) {
                r.required(field, null);
            }
            return null;
        }
        if (code < 1 || code > 10) {
            r.error(field, "intake.error.notState", code);
            return null;
        }
        return DossierState.of(code.intValue());
    }
}
