package io.simadmin.user.users;

import io.simadmin.test.IntegrationTest;
import io.simadmin.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Every user-service integration test: the whole service on the shared PostgreSQL and Kafka, with a PII key made
 * up for this JVM (the service refuses to start without one). All subclasses share one Spring context.
 */
@IntegrationTest
abstract class UserIntegrationTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PII_KEY = newKey();

    @DynamicPropertySource
    static void piiKey(DynamicPropertyRegistry registry) {
        registry.add("simadmin.users.pii-key", () -> PII_KEY);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** As an admin. */
    RestTestClient http;

    @BeforeEach
    void connect() {
        http = as(TestTokens.admin());
    }

    RestTestClient as(String token) {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
    }

    JsonNode register(String json) {
        byte[] response = http.post().uri("/api/users/").contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody();
        return read(response);
    }

    String registerId(String json) {
        return register(json).get("id").asString();
    }

    static JsonNode read(byte[] body) {
        return JSON.readTree(new String(body, StandardCharsets.UTF_8));
    }

    long rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    long users() {
        return rows("select count(*) from public_user");
    }

    long outboxRows() {
        return rows("select count(*) from messaging.outbox");
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
