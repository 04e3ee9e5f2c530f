package vn.camau.reform.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.camau.reform.base.web.PublicUrl;

/**
 * With a public URL configured, a request must name that host (or one of {@code app.allowed-hosts},
 * for health checks from the machine itself): a forged {@code Host} or {@code X-Forwarded-Host} is
 * answered 400 before anything can echo it into a redirect or a link. The host is read after
 * Tomcat's RemoteIpValve, so {@code X-Forwarded-Host} counts only from a trusted proxy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HostCheckFilter extends OncePerRequestFilter {

    private final Set<String> allowed;

    HostCheckFilter(PublicUrl publicUrl, @Value("${app.allowed-hosts:localhost,127.0.0.1}") String alsoAllowed) {
        this.allowed = publicUrl.host().map(host -> {
            Set<String> hosts = Arrays.stream(alsoAllowed.split(",")).map(String::strip).filter(h -> !h.isEmpty())
                    .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            hosts.add(host);
            return Set.copyOf(hosts);
        }).orElse(null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        if (allowed == null || allowed.contains(host)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"unknown_host\",\"message\":\"Địa chỉ máy chủ không đúng / "
                    + "Unknown host name\",\"details\":[]}");
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write("Địa chỉ máy chủ không đúng / Unknown host name");
        }
    }
}
