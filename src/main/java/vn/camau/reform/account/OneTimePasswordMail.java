package vn.camau.reform.account;

import java.time.LocalDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.mail.Mailer;
import vn.camau.reform.base.text.Texts;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.web.PublicUrl;

/**
 * A one-time password sent to the account's own e-mail address when SMTP is configured, so that it
 * passes through no administrator's hands; in Vietnamese, then in English. A failed sending refuses the
 * creation or reset it belongs to (nothing is saved, the administrator is told), rather than leaving an
 * account whose password nobody has.
 */
@Component
class OneTimePasswordMail {

    private static final Logger log = LoggerFactory.getLogger(OneTimePasswordMail.class);

    private final Mailer mailer;
    private final PublicUrl publicUrl;

    OneTimePasswordMail(Mailer mailer, PublicUrl publicUrl) {
        this.mailer = mailer;
        this.publicUrl = publicUrl;
    }

    /** Whether a one-time password for an account with this address goes by e-mail. */
    boolean sends(String email) {
        return email != null && !email.isBlank() && mailer.configured();
    }

    void send(String username, String email, String password, LocalDateTime expires) {
        Object[] params = {username, password, VnFormats.dateTime(expires), publicUrl.link("login").orElse("")};
        String subject = Texts.of("account.mail.subject", VnFormats.VIETNAMESE) + " / "
                + Texts.of("account.mail.subject", Locale.ENGLISH);
        String text = Texts.of("account.mail.body", VnFormats.VIETNAMESE, params) + "\n\n----\n\n"
                + Texts.of("account.mail.body", Locale.ENGLISH, params);
        try {
            mailer.send(email, subject, text);
        } catch (MailException e) {
            log.warn("One-time password of '{}' not sent, nothing saved: {}", username, e.getMessage());
            throw new BusinessRuleException("account.error.mailFailed", email);
        }
    }
}
