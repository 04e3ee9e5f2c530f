package vn.camau.reform.security.sso;

import java.io.IOException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any SSO sign-in that did not end in an account (no account, a disabled or locked one, a callback
 * whose state matches no sign-in this browser began, an error from the provider, a provider that
 * cannot be reached) goes to the page that says which, in one log line and without a stack trace.
 * Nothing is created or changed on the way.
 */
class SsoRefused implements AuthenticationFailureHandler {

    /** OAuth2 error codes → the reason the error page explains; everything else is "provider". */
    static final Map<String, String> REASONS = Map.of(
            SsoAccounts.NO_ACCOUNT, "no-account",
            SsoAccounts.DISABLED, "disabled",
            SsoAccounts.LOCKED, "locked",
            SsoAccounts.AMBIGUOUS, "ambiguous",
            SsoClientRegistrations.UNAVAILABLE, "unavailable",
            // the callback's state matches no sign-in begun in this browser: expired, replayed or forged
            "authorization_request_not_found", "state",
            "invalid_state_parameter", "state");
    static final String PROVIDER = "provider";

    private static final Logger log = LoggerFactory.getLogger(SsoRefused.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String code = errorCode(exception);
        String reason = REASONS.getOrDefault(code, PROVIDER);
        if (PROVIDER.equals(reason) || "state".equals(reason)) {
            log.warn("Single sign-on failed ({}): {}", code == null ? "unknown" : code,
                    oneLine(exception.getMessage()));
        }
        response.sendRedirect(request.getContextPath() + SsoSettings.ERROR_PATH + "?reason=" + reason);
    }

    /** The first OAuth2 error code in the chain of causes (the redirect filter wraps what it caught). */
    static String errorCode(Throwable exception) {
        String first = null;
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OAuth2AuthenticationException oauth && oauth.getError() != null) {
                String code = oauth.getError().getErrorCode();
                if (REASONS.containsKey(code)) {
                    return code;
                }
                first = first == null ? code : first;
            }
        }
        return first;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
