package vn.camau.reform.dashboard.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.http.HttpStatus;

import vn.camau.reform.base.api.ApiError;
import vn.camau.reform.base.api.ApiError.Detail;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.api.ApiException;

/**
 * Query parameters read by hand rather than by Spring's binding, so that every bad value gets an
 * answer that names the parameter and what it expected, never a 500.
 */
final class ApiParams {

    static final String DATE_FORMAT = "YYYY-MM-DD";

    private ApiParams() {
    }

    /**
     * A required ISO date. Missing dates are refused rather than defaulted: a figure without its
     * period is ambiguous, and a silent "year to date" would make two identical calls on different
     * days disagree.
     */
    static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw badRequest(ApiError.translated("missing_parameter", "api.error.missing-parameter", name)
                    .with(new Detail(name, raw, DATE_FORMAT)));
        }
        try {
            // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved to 2 March
            return LocalDate.parse(raw.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw badRequest(ApiError.translated("invalid_parameter", "api.error.malformed-date", name)
                    .with(new Detail(name, raw, DATE_FORMAT)));
        }
    }

    static Period period(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw badRequest(ApiError.translated("invalid_period", "api.error.period-reversed")
                    .with(new Detail("from", from.toString(), "on or before to (" + to + ")")));
        }
        if (from.isBefore(Period.EARLIEST) || to.isAfter(Period.LATEST)) {
            String range = "between " + Period.EARLIEST + " and " + Period.LATEST;
            throw badRequest(ApiError.translated("invalid_period", "api.error.period-out-of-range",
                            Period.EARLIEST.toString(), Period.LATEST.toString())
                    .with(new Detail("from", from.toString(), range), new Detail("to", to.toString(), range)));
        }
        return Period.custom(from, to);
    }

    /** CURRENT when absent. */
    static UnitStructure structure(String raw) {
        if (raw == null || raw.isBlank()) {
            return UnitStructure.CURRENT;
        }
        try {
            return UnitStructure.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw badRequest(ApiError.translated("invalid_parameter", "api.error.unknown-structure")
                    .with(new Detail("structure", raw, "CURRENT or FORMER")));
        }
    }

    /** A whole number in [min, max]; {@code fallback} when absent. */
    static int integer(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below, as one out of range is
        }
        throw badRequest(ApiError.translated("invalid_parameter", "api.error.invalid-parameter", name)
                .with(new Detail(name, raw, "a whole number from " + min + " to " + max)));
    }

    static ApiException badRequest(ApiError error) {
        return new ApiException(HttpStatus.BAD_REQUEST, error);
    }
}
