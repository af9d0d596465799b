package io.simadmin.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The per-address limit on sign-in, refresh, reset and token requests (ADR 0007), and the client address the
 * gateway tells the services. Every request here comes from 127.0.0.1, so only one test spends the sign-in bucket
 * (3 per hour in this context).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "eureka.client.enabled=false",
            "spring.cloud.config.enabled=false",
            "simadmin.gateway.sign-in-rate-limit.capacity=3",
            "simadmin.gateway.sign-in-rate-limit.period=1h"
        })
class SignInRateLimitTest {

    static final FakeService authService = new FakeService("auth-service");
    static final FakeService resellerService = new FakeService("reseller-service");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String instances = "spring.cloud.discovery.client.simple.instances.";
        registry.add(instances + "auth-service[0].uri", authService::uri);
        registry.add(instances + "reseller-service[0].uri", resellerService::uri);
    }

    @AfterAll
    static void stopServices() {
        authService.close();
        resellerService.close();
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    void answers_429_problem_with_retry_after_once_an_address_spent_its_sign_in_budget_and_forwards_nothing() {
        String[] paths = {"/api/auth/login/", "/api/auth/token/refresh", "/api/auth/oauth2/token"};
        for (String path : paths) {
            post(path).expectStatus().isOk();
        }
        int reached = authService.received();

        for (String path : new String[]{"/api/auth/login", "/api/auth/password/reset/", "/api/auth/password/reset/confirm",
                "/api/auth/oauth2/token"}) {
            EntityExchangeResult<byte[]> refused = post(path)
                    .expectStatus().isEqualTo(429)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:rate-limited")
                    .jsonPath("$.status").isEqualTo(429)
                    .jsonPath("$.instance").isEqualTo(path)
                    .returnResult();
            long retryAfter = Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"));
            // One token comes back every 20 minutes (3 per hour).
            assertThat(retryAfter).isBetween(1L, 20 * 60L);
        }
        assertThat(authService.received()).as("refused requests never reach auth-service").isEqualTo(reached);

        // Only the sign-in route is limited: the rest of auth-service and other services still answer.
        client.get().uri("/api/auth/user").exchange().expectStatus().isOk();
        client.get().uri("/api/resellers").exchange().expectStatus().isOk();
    }

    @Test
    void tells_services_the_client_address_and_ignores_the_one_a_client_claims() {
        client.get().uri("/api/resellers/1").header("X-Forwarded-For", "203.0.113.9, 198.51.100.7").exchange()
                .expectStatus().isOk();
        assertThat(resellerService.lastRequest().forwardedFor()).isEqualTo("127.0.0.1");

        client.get().uri("/api/auth/user").exchange().expectStatus().isOk();
        assertThat(authService.lastRequest().forwardedFor()).isEqualTo("127.0.0.1");
    }

    private WebTestClient.ResponseSpec post(String path) {
        return client.post().uri(path)
                // A claimed address must not buy a fresh bucket.
                .header("X-Forwarded-For", "192.0.2." + (int) (Math.random() * 250))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
    }
}
