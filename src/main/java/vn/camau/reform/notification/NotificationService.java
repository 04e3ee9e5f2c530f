package vn.camau.reform.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.mail.Mailer;
import vn.camau.reform.base.web.PublicUrl;
import vn.camau.reform.notification.repository.NotificationRepository;
import vn.camau.reform.security.CurrentUser;

/**
 * In-app notifications, e-mailed as well when SMTP is configured ({@code spring.mail.host}); with
 * no mail server nothing is sent and nothing fails. A failed e-mail never loses the in-app copy.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository repository;
    private final Mailer mailer;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PublicUrl publicUrl;

    NotificationService(NotificationRepository repository, Mailer mailer, CurrentUser currentUser, Clock clock,
                        PublicUrl publicUrl) {
        this.repository = repository;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /**
     * Called by other features' services (reminders, the digest jobs), which have checked rights. The
     * words are kept as data and worded when read; the e-mail in the recipient's language.
     */
    @Transactional
    public long send(Recipient to, NotificationKind kind, NotificationContent content, String link) {
        LocalDateTime now = LocalDateTime.now(clock);
        long id = repository.insert(to.userId(), now, kind, content, link);
        Locale locale = Locale.forLanguageTag(to.locale() == null ? "vi" : to.locale());
        mail(id, to, content.title(locale), content.body(locale), link, now);
        return id;
    }

    private void mail(long id, Recipient to, String title, String body, String link, LocalDateTime now) {
        if (mailer.configured() && to.email() != null && !to.email().isBlank()) {
            try {
                // the link from the configured public address, never from a request's Host header
                mailer.send(to.email(), title, publicUrl.link(link).map(url -> body + "\n\n" + url).orElse(body));
                repository.markEmailed(id, now);
            } catch (MailException e) {
                log.warn("Notification {} kept in the app; e-mail to user {} failed: {}", id, to.username(),
                        e.getMessage());
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Recipient> recipients(Collection<String> roles, Long unitId) {
        return repository.findRecipients(roles, unitId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> mine(int offset, int limit) {
        return repository.findForUser(currentUser.require().id(), offset, limit);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int countMine() {
        return repository.countForUser(currentUser.require().id());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return repository.countUnread(currentUser.require().id());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            repository.markRead(currentUser.require().id(), ids, LocalDateTime.now(clock));
        }
    }
}
