package vn.camau.reform.security;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

import vn.camau.reform.base.web.PublicUrl;

/**
 * Served over https (the public URL says so), the session cookie is always {@code Secure}, even on
 * a request that reached the application over plain http inside the data centre. Behind a trusted
 * proxy sending {@code X-Forwarded-Proto: https}, Tomcat marks it so by itself.
 */
@Component
class SecureSessionCookie implements ServletContextInitializer {

    private final PublicUrl publicUrl;

    SecureSessionCookie(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    @Override
    public void onStartup(jakarta.servlet.ServletContext context) {
        if (publicUrl.isHttps()) {
            context.getSessionCookieConfig().setSecure(true);
        }
    }
}
