package vn.camau.reform.notification;

import java.time.LocalDateTime;

/** An in-app message to one user: a reminder about a late dossier, the daily digest. */
public record Notification(long id, LocalDateTime createdAt, NotificationKind kind, String title, String body,
                           String link, boolean read) {
}
