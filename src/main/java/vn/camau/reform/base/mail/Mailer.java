package vn.camau.reform.base.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
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
}
