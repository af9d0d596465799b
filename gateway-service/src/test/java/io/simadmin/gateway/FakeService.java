package io.simadmin.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for a downstream service: records what reached it and answers by path. Paths ending in
 * /conflict answer 409, /slow waits longer than the test's response timeout, /busy takes half a second (so that
 * concurrent requests overlap), /framed sets its own X-Frame-Options; everything else answers 200 with JSON naming
 * the service and the path it saw.
 */
final class FakeService implements AutoCloseable {

    record ReceivedRequest(String method, URI uri, String requestId, String authorization, String forwardedFor) {
    }

    static final String CONFLICT_BODY = "{\"type\":\"urn:problem-type:simadmin:data-conflict\",\"status\":409}";

    private final String name;
    private final HttpServer server;
    private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();

    FakeService(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Virtual threads: a /slow request must not hold up the others.
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    String uri() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    int received() {
        return received.size();
    }

    ReceivedRequest lastRequest() {
        return received.isEmpty() ? null : received.getLast();
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        received.add(new ReceivedRequest(exchange.getRequestMethod(), uri,
                exchange.getRequestHeaders().getFirst("X-Request-Id"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                String.join(",", exchange.getRequestHeaders().getOrDefault("X-Forwarded-For", List.of()))));
        String path = uri.getPath();
        if (path.endsWith("/slow")) {
            sleep(3_000);
        }
        if (path.endsWith("/busy")) {
            sleep(500);
        }
        if (path.endsWith("/framed")) {
            exchange.getResponseHeaders().set("X-Frame-Options", "SAMEORIGIN");
        }
        boolean conflict = path.endsWith("/conflict");
        String body = conflict ? CONFLICT_BODY : "{\"service\":\"" + name + "\",\"path\":\"" + path + "\"}";
        exchange.getResponseHeaders().set("Content-Type", conflict ? "application/problem+json" : "application/json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(conflict ? 409 : 200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
