package vn.camau.reform.ingest;

import java.util.Arrays;
import java.util.Locale;
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
            r.error(field, "intake.error.notOneOf", text, Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
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
