package io.simadmin.reseller.clients;

import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.reseller.TestApi;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.KafkaTestConsumer;
import io.simadmin.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.simadmin.reseller.TestApi.JSON;
import static io.simadmin.reseller.TestApi.clientBody;
import static io.simadmin.reseller.TestApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** The reseller clients API as admins use it. */
@IntegrationTest
class ClientApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    TestApi api;
    RestTestClient http;

    @BeforeEach
    void connect() {
        api = new TestApi(port);
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin())).build();
    }

    @Test
    void adds_an_active_client_and_publishes_client_added() {
        UUID reseller = api.activeReseller("1000.00");
        String email = uniqueEmail("Added");

        JsonNode created = create(clientBody(reseller, "Grace Hopper", email, "Prepaid-30", "150.00"));

        String id = created.get("id").asString();
        assertThat(created.get("resellerId").asString()).isEqualTo(reseller.toString());
        assertThat(created.get("status").asString()).isEqualTo("active");
        assertThat(created.get("clientEmail").asString()).isEqualTo(email.toLowerCase());
        assertThat(created.get("monthlyLimit").asString()).isEqualTo("150.00");
        assertThat(created.get("currentUsage").asString()).isEqualTo("0.00");
        assertThat(created.get("usageMonth").asString()).isEqualTo(YearMonth.now(ZoneOffset.UTC).toString());
        assertThat(created.get("createdBy").asString()).isEqualTo(TestTokens.ADMIN_ID.toString());
        ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord(Topics.RESELLERS,
                r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertThat(header(event, EventHeaders.TYPE)).isEqualTo("reseller.client-added.v1");
        assertThat(event.value()).contains("\"resellerId\":\"" + reseller + "\"", "\"planType\":\"Prepaid-30\"",
                "\"monthlyLimit\":\"150.00\"");
    }

    @Test
    void answers_the_seed_paths_with_and_without_the_trailing_slash() {
        UUID reseller = api.activeReseller("1000.00");
        UUID client = api.client(reseller, "0.00");

        for (String path : new String[]{"/api/clients/" + client, "/api/clients/" + client + "/",
                "/api/clients?reseller=" + reseller, "/api/clients/?reseller=" + reseller,
                "/api/resellers/" + reseller + "/clients", "/api/resellers/" + reseller + "/clients/"}) {
            http.get().uri(path).exchange().expectStatus().isOk();
        }
    }

    @Test
    void filters_by_reseller_status_and_plan_searches_sorts_and_pages() {
        UUID reseller = api.activeReseller("1000.00");
        UUID other = api.activeReseller("1000.00");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        create(clientBody(reseller, "Alpha " + tag, uniqueEmail("a"), "gold", null));
        create(clientBody(reseller, "Bravo " + tag, uniqueEmail("b"), "silver", null));
        String charlie = create(clientBody(reseller, "Charlie " + tag, uniqueEmail("c"), "Gold", null)).get("id").asString();
        create(clientBody(other, "Delta " + tag, uniqueEmail("d"), "gold", null));
        api.patch("/api/clients/" + charlie + "/status", "{\"status\":\"inactive\",\"reason\":\"paused\"}");

        JsonNode ofReseller = api.get("/api/resellers/" + reseller + "/clients?sort=clientName,desc");
        assertThat(names(ofReseller)).containsExactly("Charlie " + tag, "Bravo " + tag, "Alpha " + tag);
        assertThat(names(api.get("/api/clients?q=" + tag + "&plan=GOLD&sort=clientName")))
                .containsExactly("Alpha " + tag, "Charlie " + tag, "Delta " + tag);
        assertThat(names(api.get("/api/clients?q=" + tag + "&reseller=" + reseller + "&status=inactive")))
                .containsExactly("Charlie " + tag);
        JsonNode page = api.get("/api/clients?q=" + tag + "&size=2&page=1&sort=clientName,asc");
        assertThat(names(page)).containsExactly("Charlie " + tag, "Delta " + tag);
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(4);
        http.get().uri("/api/clients?status=gone").exchange().expectStatus().isBadRequest();
        http.get().uri("/api/clients?sort=currentBalance").exchange().expectStatus().isBadRequest();
        http.get().uri("/api/clients?reseller=not-a-uuid").exchange().expectStatus().isBadRequest();
        http.get().uri("/api/resellers/" + UUID.randomUUID() + "/clients").exchange().expectStatus().isNotFound();
    }

    @Test
    void updates_with_put_and_patch_lets_an_admin_override_the_monthly_limit_and_bumps_the_version() {
        UUID reseller = api.activeReseller("1000.00");
        UUID client = api.client(reseller, "0.00");

        JsonNode replaced = JSON.readTree(http.put().uri("/api/clients/" + client).contentType(MediaType.APPLICATION_JSON)
                .body(clientBody(null, "Grace M. Hopper", uniqueEmail("put"), "prepaid-60", null))
                .exchange().expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().returnResult().getResponseBody());
        assertThat(replaced.get("clientName").asString()).isEqualTo("Grace M. Hopper");
        assertThat(replaced.get("monthlyLimit").asString()).as("left out, kept").isEqualTo("0.00");

        JsonNode patched = JSON.readTree(http.patch().uri("/api/clients/" + client + "/")
                .contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"1\"")
                .body("{\"monthlyLimit\":\"250.00\"}").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
        assertThat(patched.get("monthlyLimit").asString()).isEqualTo("250.00");
        assertThat(patched.get("planType").asString()).isEqualTo("prepaid-60");
        assertThat(patched.get("version").asLong()).isEqualTo(2);

        ConsumerRecord<String, String> changed = KafkaTestConsumer.awaitRecord(Topics.RESELLERS,
                r -> client.toString().equals(r.key()) && r.value().contains("\"changedFields\":[\"monthlyLimit\"]"),
                Duration.ofSeconds(30));
        assertThat(header(changed, EventHeaders.TYPE)).isEqualTo("reseller.client-changed.v1");
    }

    @Test
    void moves_status_along_the_workflow_and_answers_an_invalid_move_with_409_and_the_allowed_moves() {
        UUID reseller = api.activeReseller("1000.00");
        UUID client = api.client(reseller, "0.00");
        api.patch("/api/clients/" + client + "/status/", "{\"status\":\"suspended\",\"reason\":\"chargebacks\"}");
        String events = "select count(*) from messaging.outbox where event_key = '" + client + "'";
        long before = count(events);

        http.patch().uri("/api/clients/" + client + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"inactive\"}").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:invalid-status-change")
                .jsonPath("$.currentStatus").isEqualTo("suspended")
                .jsonPath("$.allowedStatuses[0]").isEqualTo("active");

        assertThat(count(events)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select status from reseller_client where id = ?", String.class, client))
                .isEqualTo("suspended");
        api.patch("/api/clients/" + client + "/status", "{\"status\":\"active\"}");
        assertThat(api.get("/api/clients/" + client).get("status").asString()).isEqualTo("active");
    }

    @Test
    void rejects_invalid_fields_unknown_fields_and_unknown_resellers_and_stores_and_emits_nothing() {
        UUID reseller = api.activeReseller("1000.00");
        String email = uniqueEmail("invalid");
        String[] bad = {
                clientBody(reseller, "", email, "gold", null),
                clientBody(reseller, "Bad Email", "not-an-email", "gold", null),
                clientBody(reseller, "Bad Phone", email, "gold", null).replace("+49 30 1234567", "call me"),
                clientBody(reseller, "Negative", email, "gold", "-1.00"),
                clientBody(reseller, "Too Precise", email, "gold", "1.001"),
                clientBody(reseller, "No Plan", email, " ", null),
                clientBody(reseller, "Bad Status", email, "gold", null).replace("}", ",\"status\":\"deleted\"}"),
                clientBody(reseller, "Mass Assignment", email, "gold", null).replace("}", ",\"currentUsage\":\"0.00\"}"),
                clientBody(null, "No Reseller", email, "gold", null)};
        for (String body : bad) {
            http.post().uri("/api/clients").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        http.post().uri("/api/clients").contentType(MediaType.APPLICATION_JSON)
                .body(clientBody(UUID.randomUUID(), "Orphan", email, "gold", null)).exchange()
                .expectStatus().isNotFound();

        assertThat(count("select count(*) from reseller_client where client_email = '" + email + "'")).isZero();
        assertThat(count("select count(*) from messaging.outbox where event_type like 'reseller.client-%' "
                + "and payload like '%" + email + "%'")).isZero();
    }

    @Test
    void refuses_a_stale_version_in_the_body_with_409_and_a_stale_if_match_with_412_and_an_unknown_id_with_404() {
        UUID reseller = api.activeReseller("1000.00");
        UUID client = api.client(reseller, "0.00");
        api.patch("/api/clients/" + client, "{\"planType\":\"gold\"}");

        http.patch().uri("/api/clients/" + client).contentType(MediaType.APPLICATION_JSON)
                .body("{\"planType\":\"silver\",\"version\":0}").exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentVersion").isEqualTo(1);
        http.put().uri("/api/clients/" + client).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"0\"")
                .body(clientBody(null, "Stale", uniqueEmail("stale"), "silver", null)).exchange()
                .expectStatus().isEqualTo(412);
        http.put().uri("/api/clients/" + client).contentType(MediaType.APPLICATION_JSON)
                .body(clientBody(UUID.randomUUID(), "Moved", uniqueEmail("moved"), "silver", null)).exchange()
                .expectStatus().isBadRequest();
        assertThat(api.get("/api/clients/" + client).get("planType").asString()).isEqualTo("gold");

        http.get().uri("/api/clients/" + UUID.randomUUID()).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:not-found");
        http.get().uri("/api/clients/not-a-uuid").exchange().expectStatus().isBadRequest();
    }

    @Test
    void keeps_a_reseller_with_clients_when_it_is_deleted() {
        UUID reseller = api.reseller("1000.00", "pending");
        api.client(reseller, "0.00");

        http.delete().uri("/api/resellers/" + reseller).exchange().expectStatus().isNoContent();

        assertThat(count("select count(*) from reseller where id = '" + reseller + "' and deleted_at is not null"))
                .isOne();
        ConsumerRecord<String, String> removed = KafkaTestConsumer.awaitRecord(Topics.RESELLERS,
                r -> reseller.toString().equals(r.key()) && r.value().contains("\"purged\""), Duration.ofSeconds(30));
        assertThat(removed.value()).contains("\"purged\":false");
        http.get().uri("/api/resellers/" + reseller + "/clients").exchange().expectStatus().isNotFound();
    }

    @Test
    void lets_a_moderator_read_clients_but_not_change_them() {
        UUID reseller = api.activeReseller("1000.00");
        UUID client = api.client(reseller, "0.00");
        String moderator = TestTokens.bearer(TestTokens.moderator());

        http.get().uri("/api/clients/" + client).header(HttpHeaders.AUTHORIZATION, moderator).exchange()
                .expectStatus().isOk();
        http.patch().uri("/api/clients/" + client + "/status").header(HttpHeaders.AUTHORIZATION, moderator)
                .contentType(MediaType.APPLICATION_JSON).body("{\"status\":\"inactive\"}").exchange()
                .expectStatus().isForbidden();
        assertThat(api.get("/api/clients/" + client).get("status").asString()).isEqualTo("active");
    }

    @Test
    void documents_the_client_and_ledger_endpoints_in_openapi() {
        JsonNode paths = JSON.readTree(new String(http.get().uri("/v3/api-docs/resellers").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8))
                .get("paths");

        assertThat(paths.has("/api/clients")).isTrue();
        assertThat(paths.get("/api/clients/{id}").has("put")).isTrue();
        assertThat(paths.get("/api/clients/{id}/status").has("patch")).isTrue();
        assertThat(paths.get("/api/resellers/{resellerId}/clients").has("get")).isTrue();
        assertThat(paths.get("/api/resellers/{resellerId}/ledger").has("get")).isTrue();
        assertThat(paths.get("/api/resellers/{resellerId}/ledger/adjustments").has("post")).isTrue();
    }

    private JsonNode create(String body) {
        return JSON.readTree(new String(http.post().uri("/api/clients/").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody(),
                StandardCharsets.UTF_8));
    }

    private static java.util.List<String> names(JsonNode page) {
        java.util.List<String> names = new java.util.ArrayList<>();
        page.get("content").forEach(c -> names.add(c.get("clientName").asString()));
        return names;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
