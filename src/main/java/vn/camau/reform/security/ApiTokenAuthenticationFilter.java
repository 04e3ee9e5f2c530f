package vn.camau.reform.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code Authorization: Bearer <token>} on the API chain. A request without a bearer header passes on
 * (to HTTP Basic, then to the 401 answer); a bearer token that is unknown or revoked is answered 401
 * at once rather than falling back to anonymous. Not a Spring bean on purpose: as a bean, Boot would
 * also register it as a servlet filter for every request.
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    static final String BAD_TOKEN = "api-token.invalid";

    private static final String BEARER = "Bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts;

    /**
     * @param contexts the strategy the chain's other filters use: Vaadin registers its own as a bean,
     *                 and a context set through another one would be invisible to them
     */
    ApiTokenAuthenticationFilter(ApiTokenAuthenticator authenticator, AuthenticationEntryPoint entryPoint,
                                 SecurityContextHolderStrategy contexts) {
        this.authenticator = authenticator;
        this.entryPoint = entryPoint;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> authentication =
                authenticator.authenticate(header.substring(BEARER.length()).strip());
        if (authentication.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException(BAD_TOKEN));
            return;
        }
        // Stateless: the context lives for this request only and is never saved to a session
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication.get());
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
