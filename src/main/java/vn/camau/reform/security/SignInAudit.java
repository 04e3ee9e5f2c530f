package vn.camau.reform.security;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;

/**
 * Sign-in events on the audit trail, with the account as their object and its unit as theirs. The
 * actor is the account signing in (not yet the signed-in user); for a name no account has, the name
 * as typed, made printable and cut to the column's length, with no unit (province auditors see it).
 */
@Component
class SignInAudit {

    /** Why a sign-in was refused, stored as data in the entry's "after" state. */
    enum Refusal { UNKNOWN_USER, BAD_PASSWORD, DISABLED, LOCKED }

    /** How the name and password came: the login form, or HTTP Basic on the API. */
    enum Method { FORM, HTTP_BASIC }

    static final String OBJECT_TYPE = "ACCOUNT";
    private static final int MAX_NAME = 100;

    private final AuditTrail trail;

    SignInAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void signedIn(AppUser user, Method method) {
        trail.recordAs(user.id(), user.username(), AuditEvent.of(AuditAction.SIGN_IN, OBJECT_TYPE, user.id(),
                user.unitId()).change(Map.of(), Map.of("method", method.name())));
    }

    void refused(AppUser user, String typedName, Refusal reason, Method method) {
        Map<String, String> after = Map.of("reason", reason.name(), "method", method.name());
        if (user == null) {
            trail.recordAs(null, printable(typedName), new AuditEvent(AuditAction.SIGN_IN_FAILED, OBJECT_TYPE, null,
                    null, Map.of(), after));
        } else {
            trail.recordAs(user.id(), user.username(), AuditEvent.of(AuditAction.SIGN_IN_FAILED, OBJECT_TYPE,
                    user.id(), user.unitId()).change(Map.of(), after));
        }
    }

    /** The failure that locked the account; {@code until} as data, so the view can say how long. */
    void lockedOut(AppUser user, java.time.Instant until) {
        trail.recordAs(user.id(), user.username(), AuditEvent.of(AuditAction.LOCKED_OUT, OBJECT_TYPE, user.id(),
                user.unitId()).change(Map.of("locked", false), Map.of("locked", true, "until", String.valueOf(until))));
    }

    void signedOut(AppUser user) {
        trail.recordAs(user.id(), user.username(), AuditEvent.of(AuditAction.SIGN_OUT, OBJECT_TYPE, user.id(),
                user.unitId()));
    }

    /** The login form posts to /login; every other password check is HTTP Basic on the API. */
    static Method currentMethod() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && "POST".equals(attributes.getRequest().getMethod())
                && (attributes.getRequest().getContextPath() + SecurityConfig.LOGIN)
                        .equals(attributes.getRequest().getRequestURI())
                ? Method.FORM : Method.HTTP_BASIC;
    }

    private static String printable(String name) {
        if (name == null) {
            return null;
        }
        String shown = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "?");
        return shown.codePointCount(0, shown.length()) > MAX_NAME
                ? shown.substring(0, shown.offsetByCodePoints(0, MAX_NAME)) : shown;
    }
}
