package vn.camau.reform.base.api;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.api.ApiError;
import vn.camau.reform.base.api.ApiError.Detail;
import vn.camau.reform.base.text.Texts;

/**
 * Every failure of an API controller becomes the JSON error shape: bad input 400, a unit outside the
 * caller's scope 403, an unknown dossier 404; anything unexpected 500 with an incident id that the
 * log carries next to the stack trace (the answer never does).
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String TOMCAT_BAD_PARAMETERS = "org.apache.tomcat.util.http.InvalidParameterException";

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return answer(e.status(), e.error());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        if ("unit.out-of-scope".equals(e.getMessage())) {
            return answer(HttpStatus.FORBIDDEN, ApiError.translated("out_of_scope", "api.error.out-of-scope"));
        }
        return answer(HttpStatus.FORBIDDEN, ApiError.translated("forbidden", "api.error.forbidden"));
    }

    /** A rule a service enforces (a period, a unit); the controllers check first, this is the net. */
    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ApiError> rule(BusinessRuleException e) {
        String key = e.messageKey();
        String error = key.startsWith("period.") ? "invalid_period"
                : key.equals("unit.unknown") ? "unknown_unit" : "invalid_request";
        return answer(HttpStatus.BAD_REQUEST, new ApiError(error,
                Texts.bilingual("api.error.invalid-request") + ": " + key + " " + Arrays.toString(e.args()),
                List.of()));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        return answer(HttpStatus.BAD_REQUEST, ApiError.translated("invalid_parameter", "api.error.invalid-parameter", name)
                .with(new Detail(name, null, null)));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        String allowed = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().toString();
        return answer(HttpStatus.METHOD_NOT_ALLOWED, ApiError.translated("method_not_allowed",
                "api.error.method-not-supported", allowed));
    }

    /**
     * Servlet 6.1 containers refuse a query string they cannot decode ({@code from=%ZZ}) with an
     * IllegalStateException when the parameters are first read; Tomcat's own subclass says so. That is
     * bad input (400); any other IllegalStateException is a fault of ours.
     */
    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ApiError> undecodable(IllegalStateException e) {
        if (TOMCAT_BAD_PARAMETERS.equals(e.getClass().getName())) {
            return answer(HttpStatus.BAD_REQUEST, ApiError.translated("invalid_parameter", "api.error.undecodable-query"));
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("API incident {}", incident, e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, ApiError.translated("internal_error", "api.error.internal", incident));
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, ApiError error) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }
}
