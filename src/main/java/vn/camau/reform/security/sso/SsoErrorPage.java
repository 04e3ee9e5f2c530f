package vn.camau.reform.security.sso;

import java.util.Locale;
import java.util.Set;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import vn.camau.reform.base.text.Texts;
import vn.camau.reform.base.text.VnFormats;

/**
 * The page a refused SSO sign-in lands on: what happened and what to do, in Vietnamese and then in
 * English (the user is not signed in, so no language has been chosen yet), with a way back to the
 * sign-in page. A plain page rather than a Vaadin view, so that it shows the same whatever state the
 * browser's session is in. The reason is one of a fixed list; anything else reads as "provider".
 */
@RestController
class SsoErrorPage {

    static final Set<String> REASONS = Set.of("no-account", "disabled", "locked", "ambiguous", "state",
            "unavailable", SsoRefused.PROVIDER);

    @GetMapping(value = SsoSettings.ERROR_PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@RequestParam(name = "reason", required = false) String reason) {
        String known = reason != null && REASONS.contains(reason) ? reason : SsoRefused.PROVIDER;
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(page(known));
    }

    private static String page(String reason) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                """);
        html.append("<title>").append(text("sso.error.title", VnFormats.VIETNAMESE)).append("</title>\n");
        html.append("""
                <style>
                body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f5f7fa;color:#1a2433}
                main{max-width:36rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:.75rem;
                box-shadow:0 2px 8px rgba(0,0,0,.08)}
                h1{font-size:1.4rem;margin:0 0 1rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem;color:#3b4a5e}
                p{line-height:1.5}a.back{display:inline-block;margin-top:1rem;padding:.6rem 1.2rem;border-radius:.4rem;
                background:#1676f3;color:#fff;text-decoration:none}
                @media (max-width:480px){main{margin:0;border-radius:0;padding:1.25rem}}
                </style></head><body><main>
                """);
        for (Locale locale : new Locale[] {VnFormats.VIETNAMESE, Locale.ENGLISH}) {
            String lang = locale.getLanguage();
            boolean first = locale == VnFormats.VIETNAMESE;
            html.append("<section lang=\"").append(lang).append("\" id=\"sso-error-").append(lang).append("\">");
            html.append(first ? "<h1>" : "<h2>").append(text("sso.error.title", locale)).append(first ? "</h1>" : "</h2>");
            html.append("<p class=\"reason\" data-reason=\"").append(reason).append("\">")
                    .append(text("sso.error." + reason, locale)).append("</p></section>\n");
        }
        html.append("<a class=\"back\" href=\"../login\">").append(text("sso.error.back", VnFormats.VIETNAMESE))
                .append(" / ").append(text("sso.error.back", Locale.ENGLISH)).append("</a>\n");
        html.append("</main></body></html>\n");
        return html.toString();
    }

    private static String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(Texts.of(key, locale), "UTF-8");
    }
}
