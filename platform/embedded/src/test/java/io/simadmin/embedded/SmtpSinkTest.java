package io.simadmin.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
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
}
