package vn.camau.reform.security.sso;

import java.io.IOException;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * With single sign-on on and local login switched off, a name and password posted to the login form
 * are not even looked at: the browser goes back to the login page, which says to use SSO. (HTTP Basic
 * on the API is not configured at all then: see ApiSecurityConfig.)
 */
class LocalLoginSwitchedOff extends OncePerRequestFilter {

    static final String ERROR = "?error=sso-only";

    private final String loginPage;
    private final RequestMatcher loginPost;

    LocalLoginSwitchedOff(String loginPage) {
        this.loginPage = loginPage;
        this.loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPage);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loginPost.matches(request)) {
            response.sendRedirect(request.getContextPath() + loginPage + ERROR);
            return;
        }
        chain.doFilter(request, response);
    }
}
