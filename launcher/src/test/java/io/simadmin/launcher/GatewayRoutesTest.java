package io.simadmin.launcher;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a stand-in gateway on loopback that answers 503 until its services are "registered". */
class GatewayRoutesTest {

    private HttpServer gateway;
    private final AtomicInteger ordersCalls = new AtomicInteger();

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        // order-service: unknown to the gateway for its first three requests, then its own 401.
        gateway.createContext("/api/plans", exchange -> {
            exchange.sendResponseHeaders(ordersCalls.incrementAndGet() <= 3 ? 503 : 401, -1);
            exchange.close();
        });
        // user-service: never reachable.
        gateway.createContext("/api/users", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    private String url() {
        return "http://localhost:" + gateway.getAddress().getPort();
    }

    @Test
    void waits_until_the_service_answers_through_the_gateway_itself() {
        List<String> unrouted = new GatewayRoutes(new HealthProbe())
                .awaitRoutable(url(), List.of("discovery-service", "order-service"), Duration.ofSeconds(10));

        assertThat(unrouted).isEmpty();
        assertThat(ordersCalls).hasValue(4);
    }

    @Test
    void names_the_services_still_unreachable_when_the_time_is_up() {
        List<String> unrouted = new GatewayRoutes(new HealthProbe())
                .awaitRoutable(url(), List.of("order-service", "user-service"), Duration.ofSeconds(2));

        assertThat(unrouted).containsExactly("user-service");
    }
}
