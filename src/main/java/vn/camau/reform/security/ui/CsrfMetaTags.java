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
 * {@code /login}. Without it the login POST is refused (see SecurityConfig: login CSRF).
 */
@Component
class CsrfMetaTags implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(CsrfMetaTags::addTo);
    }

    private static void addTo(IndexHtmlResponse response) {
        Object attribute = response.getVaadinRequest().getAttribute(CsrfToken.class.getName());
        if (attribute instanceof CsrfToken token) {
            Element head = response.getDocument().head();
            meta(head, "_csrf", token.getToken());
            meta(head, "_csrf_parameter", token.getParameterName());
            meta(head, "_csrf_header", token.getHeaderName());
        }
    }

    private static void meta(Element head, String name, String content) {
        head.appendElement("meta").attr("name", name).attr("content", content);
    }
}
