package vn.camau.reform.security.sso;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.camau.reform.security.AppUserPrincipal;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;
import vn.camau.reform.security.repository.UserRepository;

/**
 * After the provider's answer was checked and matched to an account: signs the account itself in
 * (an {@link SsoAuthentication} whose principal is the {@link AppUserPrincipal}, replacing Spring's
 * OAuth2 token in the session), notes the sign-in like a password one (last sign-in, the audit
 * trail) and goes back to the page first asked for, by a relative redirect.
 */
class SsoSignedIn implements AuthenticationSuccessHandler {

    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextRepository repository;
    private final RequestCache requests;
    private final UserRepository users;
    private final AuditTrail audit;

    SsoSignedIn(SecurityContextHolderStrategy contexts, SecurityContextRepository repository, RequestCache requests,
                UserRepository users, AuditTrail audit) {
        this.contexts = contexts;
        this.repository = repository;
        this.requests = requests;
        this.users = users;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        if (!(authentication.getPrincipal() instanceof SsoUser sso)) {
            throw new IllegalStateException("Single sign-on ended without a matched account");
        }
        // never held to a local one-time password: the provider vouched for this user
        AppUserPrincipal account = sso.account().signedInThroughSso();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new SsoAuthentication(account, new WebAuthenticationDetails(request)));
        contexts.setContext(context);
        repository.saveContext(context, request, response);

        var user = account.user();
        users.recordSuccessfulLogin(user.username());
        audit.recordAs(user.id(), user.username(), AuditEvent.of(AuditAction.SIGN_IN, "ACCOUNT", user.id(),
                user.unitId()).change(Map.of(), Map.of("method", "oidc")));
        response.sendRedirect(target(request, response));
    }

    /** The page asked for before signing in, as a path of this application; else its start page. */
    private String target(HttpServletRequest request, HttpServletResponse response) {
        String home = request.getContextPath() + "/";
        SavedRequest saved = requests.getRequest(request, response);
        if (saved == null) {
            return home;
        }
        requests.removeRequest(request, response);
        try {
            URI uri = URI.create(saved.getRedirectUrl());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(home) || path.startsWith("//")) {
                return home;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return home;
        }
    }
}
