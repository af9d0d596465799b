package io.simadmin.auth;

import io.simadmin.embedded.SmtpSink;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the SMTP sink: the mails sent to one address and the set-password token in them. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("http://admin\\.test/reset-password/([A-Za-z0-9_-]{43})");

    private Mailbox() {
    }

    public static List<MimeMessage> to(SmtpSink smtp, String address) {
        return smtp.receivedMessages().stream().filter(m -> recipients(m).contains(address)).toList();
    }

    /** Waits for the {@code nth} (1-based) mail to the address and returns the token of its link. */
    public static String awaitToken(SmtpSink smtp, String address, int nth) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> to(smtp, address).size() >= nth);
        String text = text(to(smtp, address).get(nth - 1));
        Matcher matcher = LINK.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no set-password link in: " + text);
        }
        return matcher.group(1);
    }

    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new AssertionError(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            var all = message.getRecipients(Message.RecipientType.TO);
            return all == null ? List.of() : Arrays.stream(all).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
