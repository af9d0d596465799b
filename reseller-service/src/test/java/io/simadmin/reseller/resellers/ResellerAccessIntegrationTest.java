package io.simadmin.reseller.resellers;

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
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.UUID;

import static io.simadmin.reseller.resellers.ResellerFixtures.body;
import static io.simadmin.reseller.resellers.ResellerFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what with resellers (ADR 0006), and who gets recorded as having done it. */
@IntegrationTest
class ResellerAccessIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    RestTestClient http;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void answers_a_request_without_token_with_401_problem() {
        http.get().uri("/api/resellers").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:unauthenticated")
                .jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void refuses_a_moderator_registering_a_reseller_and_stores_and_emits_nothing() {
        String email = uniqueEmail("moderated");
        long events = rows("select count(*) from messaging.outbox");

        post(TestTokens.moderator(), body("Moderated Ltd", email))
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:forbidden")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("Your role (moderator) may not call POST /api/resellers."));

        assertThat(rows("select count(*) from reseller where email = '" + email + "'")).isZero();
        assertThat(rows("select count(*) from messaging.outbox")).isEqualTo(events);
    }

    @Test
    void lets_a_moderator_read_but_not_change_a_reseller() {
        String id = created(TestTokens.admin(), "Readable Ltd");

        http.get().uri("/api/resellers/" + id).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.moderator()))
                .exchange().expectStatus().isOk();
        http.patch().uri("/api/resellers/" + id + "/status").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.moderator()))
                .body("{\"status\":\"active\"}").exchange().expectStatus().isForbidden();
        http.delete().uri("/api/resellers/" + id).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.moderator()))
                .exchange().expectStatus().isForbidden();

        assertThat(rows("select count(*) from reseller where id = '" + id + "' and status = 'pending' "
                + "and deleted_at is null")).isOne();
    }

    @Test
    void rejects_every_forged_token_with_401_and_stores_nothing() {
        TestTokens.forged().forEach((kind, token) -> {
            String email = uniqueEmail("forged");
            post(token, body("Forged Ltd", email))
                    .expectStatus().value(status -> assertThat(status).as(kind).isEqualTo(401))
                    .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:unauthenticated");
            assertThat(rows("select count(*) from reseller where email = '" + email + "'")).as(kind).isZero();
        });
    }

    @Test
    void keeps_partners_out_of_the_reseller_admin_api_even_for_their_own_reseller() {
        String id = created(TestTokens.admin(), "Partnered Ltd");
        String partner = TestTokens.bearer(TestTokens.partner(UUID.fromString(id), "clients:read", "clients:write",
                "orders:read"));

        http.get().uri("/api/resellers").header(HttpHeaders.AUTHORIZATION, partner).exchange().expectStatus().isForbidden();
        http.get().uri("/api/resellers/" + id).header(HttpHeaders.AUTHORIZATION, partner).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("Your role (partner) may not call GET /api/resellers/" + id));
        http.patch().uri("/api/resellers/" + id).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, partner)
                .body("{\"creditLimit\":\"999999.00\"}").exchange().expectStatus().isForbidden();
    }

    @Test
    void records_the_admin_from_the_token_as_creator_and_as_the_actor_of_the_event() {
        String id = created(TestTokens.superAdmin(), "Audited Ltd");

        assertThat(jdbc.queryForObject("select created_by from reseller where id = '" + id + "'", String.class))
                .isEqualTo(TestTokens.SUPER_ADMIN_ID.toString());
        ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord(Topics.RESELLERS,
                r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(JsonMapper.builder().build().readTree(event.value()).get("actor").get("id").asString())
                .isEqualTo(TestTokens.SUPER_ADMIN_ID.toString());
        assertThat(event.value()).contains("\"type\":\"admin\"");
    }

    @Test
    void leaves_the_api_description_and_health_open() {
        http.get().uri("/v3/api-docs/resellers").exchange().expectStatus().isOk();
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    private String created(String token, String name) {
        byte[] response = post(token, body(name, uniqueEmail("access"))).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody();
        return JsonMapper.builder().build().readTree(response).get("id").asString();
    }

    private RestTestClient.ResponseSpec post(String token, String json) {
        return http.post().uri("/api/resellers").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).body(json).exchange();
    }

    private long rows(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
