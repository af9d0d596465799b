package io.simadmin.reseller.clients;

import io.simadmin.reseller.TestApi;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.simadmin.reseller.TestApi.JSON;
import static io.simadmin.reseller.TestApi.clientBody;
import static io.simadmin.reseller.TestApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partners (ADR 0006) reach only their own reseller's clients, checked in the service: someone else's clients and
 * resellers do not exist for them (404), and monthly limits and suspensions stay with the admins.
 */
@IntegrationTest
class ClientPartnerAccessIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    TestApi api;
    UUID mine;
    UUID theirs;
    UUID myClient;
    UUID theirClient;
    RestTestClient partner;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        mine = api.activeReseller("1000.00");
        theirs = api.activeReseller("1000.00");
        myClient = api.client(mine, "100.00");
        theirClient = api.client(theirs, "0.00");
        partner = as(TestTokens.partner(mine, "clients:read", "clients:write"));
    }

    @Test
    void lists_only_the_partners_own_clients_whatever_the_filter_says() {
        JsonNode all = read(partner.get().uri("/api/clients?size=200"));
        all.get("content").forEach(c -> assertThat(c.get("resellerId").asString()).isEqualTo(mine.toString()));
        assertThat(all.get("page").get("totalElements").asLong()).isOne();

        assertThat(read(partner.get().uri("/api/clients?reseller=" + theirs)).get("page").get("totalElements")
                .asLong()).isZero();
        assertThat(read(partner.get().uri("/api/resellers/" + mine + "/clients/")).get("content").get(0).get("id")
                .asString()).isEqualTo(myClient.toString());
    }

    @Test
    void answers_another_resellers_clients_and_reseller_with_404() {
        partner.get().uri("/api/clients/" + theirClient).exchange().expectStatus().isNotFound();
        partner.get().uri("/api/resellers/" + theirs + "/clients").exchange().expectStatus().isNotFound();
        partner.put().uri("/api/clients/" + theirClient).contentType(MediaType.APPLICATION_JSON)
                .body(clientBody(null, "Hijacked", uniqueEmail("hijack"), "gold", null)).exchange()
                .expectStatus().isNotFound();
        partner.patch().uri("/api/clients/" + theirClient).contentType(MediaType.APPLICATION_JSON)
                .body("{\"clientName\":\"Hijacked\"}").exchange().expectStatus().isNotFound();
        partner.patch().uri("/api/clients/" + theirClient + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"inactive\"}").exchange().expectStatus().isNotFound();

        assertThat(jdbc.queryForObject("select client_name || ' ' || status from reseller_client where id = ?",
                String.class, theirClient)).isEqualTo("Grace Hopper active");
    }

    @Test
    void adds_clients_to_its_own_reseller_only() {
        String email = uniqueEmail("partner");
        JsonNode created = JSON.readTree(new String(partner.post().uri("/api/clients").contentType(MediaType.APPLICATION_JSON)
                .body(clientBody(null, "Own Client", email, "gold", null)).exchange()
                .expectStatus().isCreated().expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8));
        assertThat(created.get("resellerId").asString()).isEqualTo(mine.toString());
        assertThat(created.get("monthlyLimit").asString()).isEqualTo("0.00");

        String foreign = uniqueEmail("foreign");
        partner.post().uri("/api/clients").contentType(MediaType.APPLICATION_JSON)
                .body(clientBody(theirs, "Foreign Client", foreign, "gold", null)).exchange()
                .expectStatus().isNotFound();
        assertThat(jdbc.queryForObject("select count(*) from reseller_client where client_email = ?", Long.class,
                foreign)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from messaging.outbox where payload like ?", Long.class,
                "%" + foreign + "%")).isZero();
    }

    @Test
    void leaves_monthly_limits_and_suspensions_to_admins() {
        String email = uniqueEmail("limited");
        partner.post().uri("/api/clients").contentType(MediaType.APPLICATION_JSON)
                .body(clientBody(null, "Self Limited", email, "gold", "999.00")).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("monthlyLimit");
        partner.patch().uri("/api/clients/" + myClient).contentType(MediaType.APPLICATION_JSON)
                .body("{\"monthlyLimit\":\"100000.00\"}").exchange().expectStatus().isForbidden();
        partner.patch().uri("/api/clients/" + myClient + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"suspended\"}").exchange().expectStatus().isForbidden();

        partner.patch().uri("/api/clients/" + myClient).contentType(MediaType.APPLICATION_JSON)
                .body("{\"monthlyLimit\":\"100.00\",\"planType\":\"silver\"}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.planType").isEqualTo("silver");
        partner.patch().uri("/api/clients/" + myClient + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"inactive\"}").exchange().expectStatus().isOk();

        assertThat(jdbc.queryForObject("select count(*) from reseller_client where client_email = ?", Long.class,
                email)).isZero();
        assertThat(jdbc.queryForObject("select monthly_limit || ' ' || status from reseller_client where id = ?",
                String.class, myClient)).isEqualTo("100.00 inactive");
    }

    @Test
    void records_the_partner_as_its_reseller_in_the_event() {
        partner.patch().uri("/api/clients/" + myClient).contentType(MediaType.APPLICATION_JSON)
                .body("{\"clientName\":\"Renamed by partner\"}").exchange().expectStatus().isOk();

        String payload = jdbc.queryForObject("select payload from messaging.outbox where event_key = ? "
                + "and event_type = 'reseller.client-changed.v1' order by seq desc limit 1", String.class,
                myClient.toString());
        assertThat(payload).contains("\"type\":\"reseller\"", "\"id\":\"" + mine + "\"");
    }

    @Test
    void needs_the_scope_for_each_kind_of_access() {
        RestTestClient readOnly = as(TestTokens.partner(mine, "clients:read"));
        RestTestClient ordersOnly = as(TestTokens.partner(mine, "orders:read"));

        readOnly.get().uri("/api/clients/" + myClient).exchange().expectStatus().isOk();
        readOnly.patch().uri("/api/clients/" + myClient).contentType(MediaType.APPLICATION_JSON)
                .body("{\"clientName\":\"No scope\"}").exchange().expectStatus().isForbidden();
        ordersOnly.get().uri("/api/clients").exchange().expectStatus().isForbidden();
        as(TestTokens.withClaims(java.util.Map.of("sub", "partner-x", "roles", java.util.List.of("partner"),
                "scope", "clients:read"))).get().uri("/api/clients").exchange().expectStatus().isForbidden();
    }

    private RestTestClient as(String token) {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
    }

    private static JsonNode read(RestTestClient.RequestHeadersSpec<?> request) {
        return JSON.readTree(new String(request.exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBody(), StandardCharsets.UTF_8));
    }
}
