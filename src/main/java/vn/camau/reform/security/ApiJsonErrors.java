package vn.camau.reform.security;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.base.api.ApiError;

/**
 * The API's 401 and 403 answers, in the same JSON shape as every other API error. Every failed
 * authentication gets the same text, whether the user is unknown, the password wrong or the account
 * locked, so the answer tells a guesser nothing; only whoever sent the right one-time password learns
 * that it expired ({@code one_time_password_expired}) or must first be changed
 * ({@code password_change_required}).
 */
final class ApiJsonErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "camau-reform-api";

    private final JsonMapper json;

    ApiJsonErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            write(response, 429, ApiError.translated("too_many_failed_logins", "api.error.too-many-failed-logins",
                    String.valueOf(throttled.retryAfterSeconds())));
            return;
        }
        ApiError error;
        if (ApiTokenAuthenticationFilter.BAD_TOKEN.equals(e.getMessage())) {
            error = ApiError.translated("unauthorized", "api.error.bad-token");
        } else if (e instanceof PasswordChangeRequiredException) {
            error = ApiError.translated("password_change_required", "api.error.password-change-required");
        } else if (e instanceof CredentialsExpiredException) {
            error = ApiError.translated("one_time_password_expired", "api.error.one-time-password-expired");
        } else if (e instanceof InsufficientAuthenticationException) {
            error = ApiError.translated("unauthorized", "api.error.authentication-required");
        } else {
            error = ApiError.translated("unauthorized", "api.error.wrong-credentials");
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", Basic realm=\"" + REALM + "\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, error);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, ApiError.translated("forbidden", "api.error.forbidden"));
    }

    private void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }
}
