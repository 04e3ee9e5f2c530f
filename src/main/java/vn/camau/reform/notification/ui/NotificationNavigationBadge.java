package vn.camau.reform.notification.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.camau.reform.base.ui.NavigationBadge;
import vn.camau.reform.notification.NotificationService;
import vn.camau.reform.security.CurrentUser;

/** Unread notifications beside the notifications entry. */
@Component
class NotificationNavigationBadge implements NavigationBadge {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    NotificationNavigationBadge(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return "notifications";
    }

    @Override
    public Optional<Badge> badge() {
        if (currentUser.get().isEmpty()) {
            return Optional.empty();
        }
        int unread = notifications.unreadCount();
        return unread == 0 ? Optional.empty()
                : Optional.of(new Badge(String.valueOf(unread), unread + " chưa đọc / unread", false));
    }
}
