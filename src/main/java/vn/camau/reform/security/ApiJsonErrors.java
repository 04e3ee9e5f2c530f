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
            write(response, 429, ApiError.of("too_many_failed_logins",
                    "Quá nhiều lần xác thực sai, thử lại sau " + throttled.retryAfterSeconds() + " giây",
                    "Too many failed authentications, retry after " + throttled.retryAfterSeconds() + " s"));
            return;
        }
        ApiError error;
        if (ApiTokenAuthenticationFilter.BAD_TOKEN.equals(e.getMessage())) {
            error = ApiError.of("unauthorized", "Token không hợp lệ hoặc đã bị thu hồi",
                    "The token is unknown or has been revoked");
        } else if (e instanceof PasswordChangeRequiredException) {
            error = ApiError.of("password_change_required",
                    "Mật khẩu dùng một lần phải được đổi (trang Tài khoản) trước khi dùng API",
                    "The one-time password must be changed (account page) before using the API");
        } else if (e instanceof CredentialsExpiredException) {
            error = ApiError.of("one_time_password_expired",
                    "Mật khẩu dùng một lần đã hết hạn, đề nghị quản trị viên cấp lại",
                    "The one-time password has expired, ask an administrator to reset it");
        } else if (e instanceof InsufficientAuthenticationException) {
            error = ApiError.of("unauthorized", "Cần xác thực: HTTP Basic hoặc Bearer token",
                    "Authentication required: HTTP Basic or a Bearer token");
        } else {
            error = ApiError.of("unauthorized", "Sai thông tin đăng nhập, hoặc tài khoản đang tạm khóa",
                    "Wrong credentials, or the account is temporarily locked");
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", Basic realm=\"" + REALM + "\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, error);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, ApiError.of("forbidden",
                "Vai trò hoặc token của bạn không được dùng chức năng này của API",
                "Your role or token may not use this part of the API"));
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
