package io.simadmin.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An SMTP server on localhost that accepts every mail and keeps it in memory, so no mail leaves the machine. */
public final class SmtpSink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpSink.class);

    private final GreenMail greenMail;
    private final int port;
    private MailboxHttp mailbox;

    private SmtpSink(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /** Starts the sink; port 0 picks a free one. */
    public static SmtpSink start(int port) {
        int actualPort = port == 0 ? FreePorts.pick() : port;
        GreenMail greenMail = new GreenMail(new ServerSetup(actualPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        log.info("SMTP sink listening on localhost:{}", actualPort);
        return new SmtpSink(greenMail, actualPort);
    }

    public int port() {
        return port;
    }

    public List<MimeMessage> receivedMessages() {
        return List.of(greenMail.getReceivedMessages());
    }

    /**
     * Serves the caught mails as JSON on {@code http://localhost:<port>/messages} (loopback only) and returns the
     * port; the server stops with the sink.
     */
    public synchronized int serveMailbox() {
        if (mailbox == null) {
            mailbox = MailboxHttp.start(this::receivedMessages);
            log.info("Caught mails readable on http://localhost:{}/messages", mailbox.port());
        }
        return mailbox.port();
    }

    @Override
    public synchronized void close() {
        if (mailbox != null) {
            mailbox.close();
        }
        greenMail.stop();
    }
}
