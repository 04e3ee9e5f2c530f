package vn.camau.reform.security.ui;

import org.jsoup.nodes.Element;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

/**
 * Publishes Spring's CSRF token in the page's head ({@code _csrf}, {@code _csrf_parameter},
 * {@code _csrf_header}), where Vaadin's login form looks for it and adds it to the form it posts to
 * {@code /login}. Without it the login POST is refused (see SecurityConfig: login CSRF). Vaadin 25 writes
 * the same tags itself when the request carries the token (before this listener runs); this one only fills
 * in where it did not, so a page never names two tokens.
 */
@Component
class CsrfMetaTags implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(CsrfMetaTags::addTo);
    }

    private static void addTo(IndexHtmlResponse response) {
        Object attribute = response.getVaadinRequest().getAttribute(CsrfToken.class.getName());
        Element head = response.getDocument().head();
        if (attribute instanceof CsrfToken token && head.selectFirst("meta[name=_csrf]") == null) {
            meta(head, "_csrf", token.getToken());
            meta(head, "_csrf_parameter", token.getParameterName());
            meta(head, "_csrf_header", token.getHeaderName());
        }
    }

    private static void meta(Element head, String name, String content) {
        head.appendElement("meta").attr("name", name).attr("content", content);
    }
}
