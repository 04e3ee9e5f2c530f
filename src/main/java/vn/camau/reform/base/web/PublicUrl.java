package vn.camau.reform.base.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address users reach the dashboard at ({@code APP_PUBLIC_URL}, e.g.
 * {@code https://cchc.camau.gov.vn}), set when it runs behind a proxy. Links in e-mails are built
 * from it, never from a request's Host header (which the sender of the request chooses), and
 * requests naming another host are refused. Unset (development, tests), neither happens.
 */
@Component
public class PublicUrl {

    private final URI base;

    PublicUrl(@Value("${app.public-url:}") String configured) {
        this.base = parse(configured.strip());
    }

    private static URI parse(String configured) {
        if (configured.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw new URISyntaxException(configured, "not an http(s) address without query or user");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("APP_PUBLIC_URL must be the dashboard's address, such as "
                    + "https://cchc.camau.gov.vn (got '" + configured + "')");
        }
    }

    /** The host name users type, when configured. */
    public Optional<String> host() {
        return base == null ? Optional.empty() : Optional.of(base.getHost().toLowerCase(Locale.ROOT));
    }

    public boolean isHttps() {
        return base != null && "https".equalsIgnoreCase(base.getScheme());
    }

    /** The absolute address of a route ({@code hotline/12}), when a public URL is configured. */
    public Optional<String> link(String route) {
        if (base == null || route == null) {
            return Optional.empty();
        }
        return Optional.of(base + "/" + (route.startsWith("/") ? route.substring(1) : route));
    }
}
