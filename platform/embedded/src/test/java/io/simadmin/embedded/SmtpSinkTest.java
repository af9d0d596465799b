package io.simadmin.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSinkTest {

    @Test
    void keeps_a_mail_sent_over_smtp() throws Exception {
        try (SmtpSink sink = SmtpSink.start(0)) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "localhost");
            properties.put("mail.smtp.port", Integer.toString(sink.port()));
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress("noreply@simadmin.test"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("admin@simadmin.test"));
            message.setSubject("Password reset");
            message.setText("Your reset link");

            Transport.send(message);

            assertThat(sink.receivedMessages()).singleElement()
                    .satisfies(received -> assertThat(received.getSubject()).isEqualTo("Password reset"));
        }
    }

    @Test
    void shows_caught_mails_as_json_newest_first_and_narrowed_to_one_recipient() throws Exception {
        try (SmtpSink sink = SmtpSink.start(0)) {
            send(sink, "ada@simadmin.test", "First", "Reset: https://example.test/reset-password/abc");
            send(sink, "grace@simadmin.test", "Second \"quoted\"", "line one\nline two");
            int port = sink.serveMailbox();

            String all = get(port, "/messages");
            String grace = get(port, "/messages?to=GRACE%40simadmin.test");

            assertThat(all).startsWith("[{\"to\":[\"grace@simadmin.test\"]").contains("\"subject\":\"First\"",
                    "reset-password/abc", "\"subject\":\"Second \\\"quoted\\\"\"", "line one\\r\\nline two");
            assertThat(grace).contains("Second").doesNotContain("First");
        }
    }

    private static void send(SmtpSink sink, String to, String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", Integer.toString(sink.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("noreply@simadmin.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        return response.body();
    }
}
