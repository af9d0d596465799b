package io.simadmin.reseller.resellers;

import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
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
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.simadmin.reseller.resellers.ResellerFixtures.body;
import static io.simadmin.reseller.resellers.ResellerFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ResellerApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    RestTestClient http;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin())).build();
    }

    private JsonNode create(String json) {
        byte[] response = http.post().uri("/api/resellers").contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody();
        return JSON.readTree(new String(response, StandardCharsets.UTF_8));
    }

    private long rows(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void creates_a_pending_reseller_and_publishes_reseller_registered() {
        String email = uniqueEmail("Created");

        JsonNode created = create(body("Acme SIM", email));

        String id = created.get("id").asString();
        assertThat(created.get("status").asString()).isEqualTo("pending");
        assertThat(created.get("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(created.get("creditLimit").asString()).isEqualTo("2500.00");
        assertThat(created.get("currentBalance").asString()).isEqualTo("0.00");
        ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord(Topics.RESELLERS,
                r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(header(event, EventHeaders.TYPE)).isEqualTo("reseller.registered.v1");
        assertThat(header(event, EventHeaders.SOURCE)).isEqualTo("/reseller-service");
        assertThat(header(event, EventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(header(event, EventHeaders.TRACEPARENT)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(event.value()).contains("\"businessName\":\"Acme SIM\"");
    }

    @Test
    void answers_the_seed_paths_with_a_trailing_slash() {
        String id = create(body("Slash Ltd", uniqueEmail("slash"))).get("id").asString();

        http.get().uri("/api/resellers/" + id + "/").exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
        http.get().uri("/api/resellers/?q=Slash").exchange().expectStatus().isOk();
    }

    @Test
    void rejects_invalid_fields_and_stores_nothing_and_emits_nothing() {
        long resellers = rows("select count(*) from reseller");
        long events = rows("select count(*) from messaging.outbox");

        http.post().uri("/api/resellers").contentType(MediaType.APPLICATION_JSON).body("""
                        {"businessName":"","contactPerson":"Ada","email":"not-an-email","phone":"abc",
                         "address":"x","city":"London","country":"GB","creditLimit":"-5","commissionRate":"101"}""")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
                        .contains("businessName", "email", "phone", "creditLimit", "commissionRate"));

        assertThat(rows("select count(*) from reseller")).isEqualTo(resellers);
        assertThat(rows("select count(*) from messaging.outbox")).isEqualTo(events);
    }

    @Test
    void rejects_unknown_fields_so_clients_cannot_set_what_they_should_not() {
        String json = body("Sneaky", uniqueEmail("sneaky")).replace("{", "{\"currentBalance\":\"-900.00\",");

        http.post().uri("/api/resellers").contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("currentBalance");
    }

    @Test
    void rejects_money_with_more_than_two_decimals() {
        String json = body("Precise", uniqueEmail("precise")).replace("\"2500.00\"", "\"10.001\"");

        http.post().uri("/api/resellers").contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("creditLimit");
    }

    @Test
    void rejects_a_second_reseller_with_the_same_email_in_any_case() {
        String email = uniqueEmail("dup");
        create(body("First", email));

        http.post().uri("/api/resellers").contentType(MediaType.APPLICATION_JSON).body(body("Second", email.toUpperCase()))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:email-taken")
                .jsonPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void suspends_and_reactivates_and_refuses_to_go_back_to_pending() {
        String id = create(body("Moves", uniqueEmail("moves"))).get("id").asString();

        patchStatus(id, "{\"status\":\"active\"}").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("active");
        patchStatus(id, "{\"status\":\"suspended\",\"reason\":\"unpaid invoices\"}").expectStatus().isOk();
        patchStatus(id, "{\"status\":\"pending\"}").expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.currentStatus").isEqualTo("suspended")
                .jsonPath("$.allowedStatuses[0]").isEqualTo("active");

        ConsumerRecord<String, String> suspended = KafkaTestConsumer.awaitRecord(Topics.RESELLERS,
                r -> id.equals(r.key()) && r.value().contains("unpaid invoices"), Duration.ofSeconds(20));
        assertThat(header(suspended, EventHeaders.TYPE)).isEqualTo("reseller.status-changed.v1");
    }

    @Test
    void rejects_an_unknown_status() {
        String id = create(body("Odd", uniqueEmail("odd"))).get("id").asString();

        patchStatus(id, "{\"status\":\"archived\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
    }

    @Test
    void updates_with_put_and_patch_and_bumps_the_version() {
        String email = uniqueEmail("edit");
        String id = create(body("Before", email)).get("id").asString();

        http.put().uri("/api/resellers/" + id).contentType(MediaType.APPLICATION_JSON)
                .body(body("After", email).replace("}", ",\"version\":0}"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.businessName").isEqualTo("After").jsonPath("$.version").isEqualTo(1);
        http.patch().uri("/api/resellers/" + id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"creditLimit\":\"9000.00\"}")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.creditLimit").isEqualTo("9000.00").jsonPath("$.businessName").isEqualTo("After");
    }

    @Test
    void refuses_a_stale_version_in_the_body_with_409_and_a_stale_if_match_with_412() {
        String id = create(body("Stale", uniqueEmail("stale"))).get("id").asString();
        http.patch().uri("/api/resellers/" + id).contentType(MediaType.APPLICATION_JSON).body("{\"city\":\"Leeds\"}")
                .exchange().expectStatus().isOk();

        http.patch().uri("/api/resellers/" + id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"city\":\"York\",\"version\":0}")
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:concurrent-change");
        http.patch().uri("/api/resellers/" + id).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"0\"")
                .body("{\"city\":\"York\"}")
                .exchange().expectStatus().isEqualTo(412);
        http.get().uri("/api/resellers/" + id).exchange().expectBody().jsonPath("$.city").isEqualTo("Leeds");
    }

    @Test
    void erases_a_reseller_that_never_traded_but_keeps_one_that_did() {
        String never = create(body("Never Traded", uniqueEmail("never"))).get("id").asString();
        String traded = create(body("Traded", uniqueEmail("traded"))).get("id").asString();
        patchStatus(traded, "{\"status\":\"active\"}").expectStatus().isOk();

        http.delete().uri("/api/resellers/" + never).exchange().expectStatus().isNoContent();
        http.delete().uri("/api/resellers/" + traded).exchange().expectStatus().isNoContent();

        http.get().uri("/api/resellers/" + never).exchange().expectStatus().isNotFound();
        http.get().uri("/api/resellers/" + traded).exchange().expectStatus().isNotFound();
        assertThat(rows("select count(*) from reseller where id = '" + never + "'")).isZero();
        assertThat(rows("select count(*) from reseller where id = '" + traded + "' and deleted_at is not null")).isOne();
        ConsumerRecord<String, String> removed = KafkaTestConsumer.awaitRecord(Topics.RESELLERS,
                r -> traded.equals(r.key()) && "reseller.removed.v1".equals(header(r, EventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(removed.value()).contains("\"purged\":false");
    }

    @Test
    void searches_filters_sorts_and_pages() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        create(body("Zeta " + tag, uniqueEmail("z"), "Nairobi", "KE"));
        create(body("Alpha " + tag, uniqueEmail("a"), "Nairobi", "KE"));
        create(body("Mid " + tag, uniqueEmail("m"), "Mombasa", "KE"));

        http.get().uri("/api/resellers?q=" + tag + "&city=nairobi&sort=businessName,asc&size=1")
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content.length()").isEqualTo(1)
                .jsonPath("$.content[0].businessName").isEqualTo("Alpha " + tag)
                .jsonPath("$.page.totalElements").isEqualTo(2)
                .jsonPath("$.page.totalPages").isEqualTo(2)
                .jsonPath("$.page.size").isEqualTo(1);
        http.get().uri("/api/resellers?q=" + tag + "&status=active").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
        http.get().uri("/api/resellers?sort=secret,desc").exchange().expectStatus().isBadRequest();
    }

    @Test
    void treats_like_wildcards_in_the_search_as_plain_text() {
        http.get().uri("/api/resellers?q=%25%25").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void answers_an_unknown_id_with_404_and_a_malformed_one_with_400() {
        http.get().uri("/api/resellers/" + UUID.randomUUID()).exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/resellers/42").exchange().expectStatus().isBadRequest();
    }

    @Test
    void replays_a_create_retried_with_the_same_idempotency_key() {
        String json = body("Retry Ltd", uniqueEmail("retry"));
        String key = UUID.randomUUID().toString();

        String first = new String(http.post().uri("/api/resellers").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
        String again = new String(http.post().uri("/api/resellers").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);

        assertThat(again).isEqualTo(first);
        http.post().uri("/api/resellers").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .body(body("Other Ltd", uniqueEmail("other")))
                .exchange().expectStatus().isEqualTo(422);
    }

    private RestTestClient.ResponseSpec patchStatus(String id, String json) {
        return http.patch().uri("/api/resellers/" + id + "/status").contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
