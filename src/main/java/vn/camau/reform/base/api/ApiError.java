package vn.camau.reform.base.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.camau.reform.base.text.Texts;

/**
 * Every error of the HTTP API, whatever layer refuses the request (the security filters for 401 and
 * 403, the controllers' advice for the rest): a stable machine code, a text for people (Vietnamese,
 * then English) and details that name what was wrong. Never a stack trace.
 *
 * @param error   stable code, e.g. {@code unknown_unit}, {@code invalid_parameter}, {@code unauthorized}
 * @param message "Vietnamese text / English text"
 * @param details what was wrong, one entry per parameter; empty when there is nothing to add
 */
@JsonPropertyOrder({"error", "message", "details"})
public record ApiError(String error, String message, List<Detail> details) {

    public ApiError {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /**
     * The error with its text from the translations ({@code api.error.*} and the like), Vietnamese
     * then English; parameters are shown as given, so pass numbers as text to keep them ungrouped.
     */
    public static ApiError translated(String error, String key, Object... params) {
        return new ApiError(error, Texts.bilingual(key, params), List.of());
    }

    /** The same error, naming what was wrong. */
    public ApiError with(Detail... what) {
        return new ApiError(error, message, List.of(what));
    }

    /**
     * One problem with the request.
     *
     * @param parameter the query or path parameter concerned, when there is one
     * @param value     what was sent (cut to 100 characters)
     * @param expected  what would have been accepted
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"parameter", "value", "expected"})
    public record Detail(String parameter, String value, String expected) {

        private static final int MAX_ECHO = 100;

        public Detail {
            if (value != null && value.length() > MAX_ECHO) {
                value = value.substring(0, MAX_ECHO) + "…";
            }
        }
    }
}
