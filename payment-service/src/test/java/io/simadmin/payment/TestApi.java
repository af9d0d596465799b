package io.simadmin.payment;

import io.simadmin.test.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Calls payment-service's API over HTTP with a token of the given caller. */
public final class TestApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestTestClient client;

    private TestApi(int port, String token) {
        this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
    }

    public static TestApi admin(int port) {
        return new TestApi(port, TestTokens.admin());
    }

    public static TestApi moderator(int port) {
        return new TestApi(port, TestTokens.moderator());
    }

    public static TestApi partner(int port, UUID resellerId) {
        return new TestApi(port, TestTokens.partner(resellerId, "transactions:read", "orders:read"));
    }

    public RestTestClient client() {
        return client;
    }

    public JsonNode get(String path) {
        return JSON.readTree(new String(client.get().uri(path).exchange().expectStatus().isOk().expectBody()
                .returnResult().getResponseBody(), StandardCharsets.UTF_8));
    }

    public Response exchangeGet(String path) {
        var result = client.get().uri(path).exchange().expectBody().returnResult();
        return new Response(result.getStatus().value(), body(result.getResponseBody()));
    }

    /** POST with an optional Idempotency-Key; any status. */
    public Response post(String path, String body, String idempotencyKey) {
        var request = client.post().uri(path);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        var result = request.contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectBody()
                .returnResult();
        return new Response(result.getStatus().value(), body(result.getResponseBody()));
    }

    private static JsonNode body(byte[] bytes) {
        return bytes == null || bytes.length == 0 ? JSON.nullNode()
                : JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    }

    public record Response(int status, JsonNode body) {
    }
}
