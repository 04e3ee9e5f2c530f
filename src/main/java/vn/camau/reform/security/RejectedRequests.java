package vn.camau.reform.security;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What Spring Security's firewall refuses ({@code %25}, {@code %2F}, {@code ..}, a semicolon in a
 * path) is bad input: 400, in JSON under {@code /api/**} like every other API answer, never the
 * login page's HTML by way of an error redirect.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        log.info("Request refused by the firewall: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding("UTF-8");
        String path = request.getRequestURI() == null ? "" : request.getRequestURI();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"invalid_request\",\"message\":\"Địa chỉ có ký tự không được phép"
                    + " / The address holds characters that are not allowed\",\"details\":[]}");
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write("Địa chỉ có ký tự không được phép / The address holds characters that are not allowed");
        }
    }
}
