package vn.camau.reform.base.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.base.BusinessRuleException;

/**
 * Reading the state a shared link carries ({@code ?unit=96&from=2026-01-01}): a value that cannot be
 * read is a BusinessRuleException naming it, which the views show as a message, never a stack trace.
 */
public final class UrlParameters {

    private UrlParameters() {
    }

    /** The parameter's first value, stripped; empty when absent or blank. */
    public static Optional<String> first(QueryParameters q, String name) {
        List<String> values = q.getParameters().get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank()
                ? Optional.empty() : Optional.of(values.getFirst().strip());
    }

    public static Long parseId(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("url.bad-unit", v);
        }
    }

    public static LocalDate parseDate(String name, String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("url.bad-date", name, v);
        }
    }

    /** A value of a closed list, by its name in any case; {@code key} says which list it is not in. */
    public static <E extends Enum<E>> E parseEnum(String v, Function<String, E> valueOf, String key) {
        try {
            return valueOf.apply(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(key, v);
        }
    }
}
