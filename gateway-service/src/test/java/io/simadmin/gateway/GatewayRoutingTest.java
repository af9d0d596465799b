package io.simadmin.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as clients meet it, with downstream services faked by local HTTP servers and found through
 * the simple discovery client (no Eureka, no config server).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "eureka.client.enabled=false",
            "spring.cloud.config.enabled=false",
            // Short enough to test the slow-service path quickly; production uses 10 s.
            "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s"
        })
class GatewayRoutingTest {

    static final FakeService resellerService = new FakeService("reseller-service");
    static final FakeService orderService = new FakeService("order-service");
    static final FakeService analyticsService = new FakeService("analytics-service");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String instances = "spring.cloud.discovery.client.simple.instances.";
        registry.add(instances + "reseller-service[0].uri", resellerService::uri);
        registry.add(instances + "order-service[0].uri", orderService::uri);
        registry.add(instances + "analytics-service[0].uri", analyticsService::uri);
        // Registered but not running: connections are refused.
        registry.add(instances + "user-service[0].uri", () -> "http://localhost:" + closedPort());
        // support-service has no instance at all.
    }

    @AfterAll
    static void stopServices() {
        resellerService.close();
        orderService.close();
        analyticsService.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    void forwards_a_path_with_trailing_slash_to_the_service_without_it() {
        client.get().uri("/api/resellers/?page=2").exchange().expectStatus().isOk();
        assertThat(resellerService.lastRequest().uri()).hasToString("/api/resellers?page=2");

        client.get().uri("/api/resellers/42/").exchange().expectStatus().isOk();
        assertThat(resellerService.lastRequest().uri().getPath()).isEqualTo("/api/resellers/42");

        client.get().uri("/api/resellers").exchange().expectStatus().isOk();
        assertThat(resellerService.lastRequest().uri().getPath()).isEqualTo("/api/resellers");
    }

    @Test
    void routes_reseller_orders_to_order_service_and_the_reseller_itself_to_reseller_service() {
        client.get().uri("/api/resellers/1/orders/").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("order-service")
                .jsonPath("$.path").isEqualTo("/api/resellers/1/orders");

        client.get().uri("/api/resellers/1").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("reseller-service");
    }

    @Test
    void passes_a_downstream_409_through_unchanged() {
        client.post().uri("/api/resellers/7/conflict/").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json(FakeService.CONFLICT_BODY, true);
    }

    @Test
    void answers_503_problem_quickly_when_service_has_no_instance() {
        long started = System.nanoTime();

        client.get().uri("/api/support/tickets/").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:service-unavailable")
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo(
                        "The support service is not reachable right now; try again in a moment.")
                .jsonPath("$.instance").isEqualTo("/api/support/tickets/");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void answers_503_problem_when_service_is_down() {
        client.get().uri("/api/users/5").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo(
                        "The user service is not reachable right now; try again in a moment.");
    }

    @Test
    void answers_503_problem_when_service_does_not_answer_within_the_timeout() {
        long started = System.nanoTime();

        client.get().uri("/api/dashboard/slow").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo(
                        "The analytics service is not reachable right now; try again in a moment.");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2900));
    }

    @Test
    void serves_a_burst_of_concurrent_requests_to_one_service_without_refusing_any() {
        int burst = 40;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest busy = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/clients/busy"))
                .timeout(Duration.ofSeconds(20)).build();

        // All are sent (toList) before any answer is awaited, so they are in flight together.
        List<Integer> statuses = IntStream.range(0, burst)
                .mapToObj(i -> http.sendAsync(busy, HttpResponse.BodyHandlers.discarding()))
                .toList().stream().map(answer -> answer.join().statusCode()).toList();

        assertThat(statuses).hasSize(burst).containsOnly(200);
    }

    @Test
    void keeps_a_sane_request_id_and_forwards_it_to_the_service() {
        client.get().uri("/api/clients").header("X-Request-Id", "abc-123_x.y").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "abc-123_x.y");

        assertThat(resellerService.lastRequest().requestId()).isEqualTo("abc-123_x.y");
    }

    @Test
    void replaces_an_unsafe_request_id_with_a_new_one() {
        String returned = client.get().uri("/api/clients").header("X-Request-Id", "evil\"id with spaces")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(returned).matches("[0-9a-f-]{36}");
        assertThat(resellerService.lastRequest().requestId()).isEqualTo(returned);
    }

    @Test
    void passes_the_authorization_header_to_the_service_untouched() {
        // Shaped like a real access token; the gateway neither reads, strips nor rewrites it.
        String bearer = "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl-_x";

        client.get().uri("/api/resellers/").header("Authorization", bearer).exchange().expectStatus().isOk();

        assertThat(resellerService.lastRequest().authorization()).isEqualTo(bearer);
    }

    @Test
    void allows_no_foreign_origin_by_default() {
        client.get().uri("/api/resellers").header("Origin", "https://elsewhere.example").exchange()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin")
                .expectHeader().doesNotExist("Access-Control-Allow-Credentials");

        client.options().uri("/api/resellers")
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization")
                .exchange()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin")
                .expectHeader().doesNotExist("Access-Control-Allow-Methods")
                .expectHeader().doesNotExist("Access-Control-Allow-Headers");
    }

    @Test
    void adds_security_headers_to_routed_responses() {
        client.get().uri("/api/resellers").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy",
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
                                + "base-uri 'self'; form-action 'self'")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                .expectHeader().exists("Strict-Transport-Security")
                .expectHeader().exists("Permissions-Policy");
    }

    @Test
    void keeps_a_security_header_the_service_set_instead_of_doubling_it() {
        client.get().uri("/api/resellers/framed").exchange()
                .expectStatus().isOk()
                .expectHeader().values("X-Frame-Options",
                        values -> assertThat(values).containsExactly("SAMEORIGIN"));
    }

    @Test
    void answers_404_problem_with_security_headers_and_request_id_for_an_unknown_path() {
        client.get().uri("/api/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.instance").isEqualTo("/api/nothing-here")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void answers_405_problem_for_a_method_the_gateway_does_not_serve() {
        client.delete().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(405);
    }

    @Test
    void does_not_serve_the_fallback_to_clients_directly() {
        client.get().uri("/fallback/reseller-service").exchange().expectStatus().isNotFound();
    }

    @Test
    void configures_circuit_breakers_and_time_limits_explicitly() {
        var breaker = circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("reseller-service")
                .getCircuitBreakerConfig();
        assertThat(breaker.getSlidingWindowSize()).isEqualTo(20);
        assertThat(breaker.getFailureRateThreshold()).isEqualTo(50f);
        assertThat(circuitBreakers.getTimeLimiterRegistry().timeLimiter("reseller-service")
                .getTimeLimiterConfig().getTimeoutDuration()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void publishes_gateway_metrics_to_prometheus() {
        client.get().uri("/api/resellers").exchange().expectStatus().isOk();

        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .contains("spring_cloud_gateway_requests_seconds")
                        .contains("resilience4j_circuitbreaker_state"));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
