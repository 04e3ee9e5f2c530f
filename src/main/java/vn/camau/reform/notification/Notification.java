package vn.camau.reform.notification;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * An in-app message to one user: a reminder about a late dossier, the daily digest. {@code content}
 * is what it says as data; notifications stored before that (or still sent as text) have only
 * {@code title} and {@code body}, shown as they are.
 */
public record Notification(long id, LocalDateTime createdAt, NotificationKind kind, String title, String body,
                           NotificationContent content, String link, boolean read) {

    public String title(Locale locale) {
        return content == null ? nullToEmpty(title) : content.title(locale);
    }

    public String body(Locale locale) {
        return content == null ? nullToEmpty(body) : content.body(locale);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
