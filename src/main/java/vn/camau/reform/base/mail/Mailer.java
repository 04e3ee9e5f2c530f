package vn.camau.reform.base.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.core.io.ByteArrayResource;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Component;

/**
 * The application's one way to send an e-mail. Spring Boot makes a mail sender only when an SMTP server
 * is configured ({@code spring.mail.host}); without one, {@link #configured()} is false and callers do
 * without e-mail (the notification stays in the app, the one-time password is shown on screen).
 */
@Component
public class Mailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${app.mail.from:no-reply@camau.gov.vn}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends a plain-text e-mail now, from {@code app.mail.from}.
     *
     * @throws MailException when the server cannot be reached or refuses the message
     * @throws IllegalStateException when no SMTP server is configured (ask {@link #configured()} first)
     */
    public void send(String to, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new IllegalStateException("No SMTP server is configured (spring.mail.host)");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        mail.send(message);
    }

    /** A file sent with an e-mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /**
     * Sends a plain-text e-mail with a file attached (a monthly report's PDF), in UTF-8.
     *
     * @throws MailException when the server cannot be reached or refuses the message
     * @throws IllegalStateException when no SMTP server is configured (ask {@link #configured()} first)
     */
    public void send(String to, String subject, String text, Attachment attachment) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new IllegalStateException("No SMTP server is configured (spring.mail.host)");
        }
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                    attachment.contentType());
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not prepare the e-mail to " + to, e);
        }
        mail.send(message);
    }
}
