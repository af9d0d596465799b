package io.simadmin.support.tickets;

import io.simadmin.test.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Calls of the ticket API as a given caller, and counts of what got stored. Tests share one database, so each
 * one makes its own tickets (unique subjects and ids) instead of assuming empty tables.
 */
final class TicketApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestTestClient http;
    private final JdbcTemplate jdbc;

    TicketApi(int port, JdbcTemplate jdbc) {
        this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        this.jdbc = jdbc;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String ticket(String subject) {
        return """
                {"subject":"%s","description":"My SIM shows no network since Monday.","priority":"high"}"""
                .formatted(subject);
    }

    static String ticket(String subject, UUID userId, UUID resellerId) {
        return """
                {"subject":"%s","description":"Activation failed.","userId":%s,"resellerId":%s}"""
                .formatted(subject, quoted(userId), quoted(resellerId));
    }

    private static String quoted(UUID id) {
        return id == null ? "null" : "\"" + id + "\"";
    }

    RestTestClient.ResponseSpec get(String token, String path) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).exchange();
    }

    RestTestClient.ResponseSpec post(String token, String path, String json) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).body(json).exchange();
    }

    RestTestClient.ResponseSpec put(String token, String path, String json, String ifMatch) {
        RestTestClient.RequestBodySpec request = http.put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.body(json).exchange();
    }

    RestTestClient.ResponseSpec patch(String token, String path, String json) {
        return http.patch().uri(path).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).body(json).exchange();
    }

    /** Opens a ticket and returns the created body. */
    JsonNode open(String token, String json) {
        return read(post(token, "/api/support/tickets", json).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
    }

    JsonNode status(String token, String id, String status) {
        return read(patch(token, "/api/support/tickets/" + id + "/status", "{\"status\":\"" + status + "\"}")
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    static JsonNode read(byte[] body) {
        return JSON.readTree(new String(body, StandardCharsets.UTF_8));
    }

    long rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    long outbox() {
        return rows("select count(*) from messaging.outbox");
    }

    /** Everything a refused request could have written: tickets, replies, events. */
    String snapshot() {
        return rows("select count(*) from support_ticket") + "/" + rows("select count(*) from ticket_reply") + "/"
                + outbox() + "/" + rows("select coalesce(sum(version), 0) from support_ticket");
    }
}
