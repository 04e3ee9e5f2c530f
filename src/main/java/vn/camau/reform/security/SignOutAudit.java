package vn.camau.reform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Puts a sign-out on the audit trail. Spring Security announces every logout that goes through its
 * logout handlers (the menu's "Đăng xuất", which Vaadin runs through them, and a POST to /logout), so
 * one listener sees each sign-out once. A session that simply times out is no sign-out.
 */
@Component
class SignOutAudit {

    private final SignInAudit audit;

    SignOutAudit(SignInAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null
                && event.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal) {
            audit.signedOut(principal.user());
        }
    }
}
