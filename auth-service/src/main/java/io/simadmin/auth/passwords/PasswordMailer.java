package io.simadmin.auth.passwords;

import io.simadmin.auth.AuthProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Emails set-password links over SMTP, off the request thread: the answer to a reset request must not take longer
 * for a known email than for an unknown one. The link is never logged. (When notification-service exists, this
 * becomes an event it turns into the email.)
 */
@Component
public class PasswordMailer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PasswordMailer.class);

    private final JavaMailSender mail;
    private final AuthProperties properties;
    private final ExecutorService sender = Executors.newVirtualThreadPerTaskExecutor();

    public PasswordMailer(JavaMailSender mail, AuthProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    void sendLater(UUID adminId, String to, String name, String token, PasswordLinks.Purpose purpose, Duration validFor) {
        String link = properties.publicUrl().replaceAll("/+$", "") + "/reset-password/" + token;
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        if (purpose == PasswordLinks.Purpose.INVITE) {
            message.setSubject("You are invited to simadmin");
            message.setText("Hello " + name + ",\n\nyou have been invited to the simadmin admin panel. Choose your password here:\n\n"
                    + link + "\n\nThe link works once and expires in " + readable(validFor) + ".\n");
        } else {
            message.setSubject("Reset your simadmin password");
            message.setText("Hello " + name + ",\n\nsomeone (hopefully you) asked to reset your simadmin password. Choose a new one here:\n\n"
                    + link + "\n\nThe link works once and expires in " + readable(validFor)
                    + ". If you did not ask for it, ignore this email: your password stays as it is.\n");
        }
        sender.execute(() -> {
            try {
                mail.send(message);
                log.info("{} link emailed to admin {}", purpose.value(), adminId);
            } catch (MailException e) {
                log.warn("could not email the {} link to admin {}: {}", purpose.value(), adminId, e.getMessage());
            }
        });
    }

    private static String readable(Duration duration) {
        return duration.toHours() >= 1 && duration.toMinutesPart() == 0 ? duration.toHours() + " hours"
                : duration.toMinutes() + " minutes";
    }

    @Override
    public void close() {
        sender.close();
    }
}
