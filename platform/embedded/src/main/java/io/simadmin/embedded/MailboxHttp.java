package io.simadmin.embedded;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Shows what the SMTP sink caught as JSON on {@code GET /messages} (newest first, {@code ?to=} narrows to one
 * recipient), so that a person trying password resets locally, and the browser tests, can read the mails the suite
 * sent. Bound to the loopback address only: the mails carry reset links.
 */
final class MailboxHttp implements AutoCloseable {

    private final HttpServer server;

    private MailboxHttp(HttpServer server) {
        this.server = server;
    }

    static MailboxHttp start(Supplier<List<MimeMessage>> messages) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/messages", exchange -> answer(exchange, messages.get()));
            server.start();
            return new MailboxHttp(server);
        } catch (IOException e) {
            throw new UncheckedIOException("the mailbox page did not start", e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, List<MimeMessage> messages) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String to = queryParameter(exchange.getRequestURI().getRawQuery(), "to");
            List<String> items = new ArrayList<>();
            for (int i = messages.size() - 1; i >= 0; i--) {
                MimeMessage message = messages.get(i);
                List<String> recipients = addresses(message.getAllRecipients());
                if (to == null || recipients.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(to))) {
                    items.add(json(message, recipients));
                }
            }
            byte[] body = ("[" + String.join(",", items) + "]").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (MessagingException e) {
            throw new IOException("a caught mail could not be read", e);
        }
    }

    private static String json(MimeMessage message, List<String> recipients) throws MessagingException, IOException {
        return "{\"to\":[" + String.join(",", recipients.stream().map(MailboxHttp::quote).toList()) + "]"
                + ",\"from\":" + quote(String.join(", ", addresses(message.getFrom())))
                + ",\"subject\":" + quote(message.getSubject())
                + ",\"receivedAt\":" + quote(message.getSentDate() == null ? null : message.getSentDate().toInstant().toString())
                + ",\"text\":" + quote(text(message)) + "}";
    }

    /** The plain-text part when there is one, else the first text part (HTML mails included). */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            String fallback = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.isMimeType("text/plain")) {
                    return String.valueOf(child.getContent());
                }
                String nested = text(child);
                fallback = fallback == null ? nested : fallback;
            }
            return fallback;
        }
        return null;
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
