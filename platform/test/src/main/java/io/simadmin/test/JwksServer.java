package io.simadmin.test;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves one JWK set over real HTTP on a free local port, at any path, and counts the fetches (so tests can
 * prove that services cache keys instead of fetching them per request).
 */
final class JwksServer {

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private JwksServer(HttpServer server) {
        this.server = server;
    }

    static JwksServer start(String jwkSetJson) {
        byte[] body = jwkSetJson.getBytes(StandardCharsets.UTF_8);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the test JWKS server", e);
        }
        JwksServer jwks = new JwksServer(server);
        server.createContext("/", exchange -> {
            jwks.requests.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // Virtual threads are daemons, and the dispatcher inherits daemon status from the thread that starts it:
        // either way the server never keeps a test JVM alive.
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        Thread starter = new Thread(server::start, "start-test-jwks");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the test JWKS server", e);
        }
        return jwks;
    }

    String uri(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    int requests() {
        return requests.get();
    }
}
