package io.simadmin.order.orders;

import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.order.Parties;
import io.simadmin.order.TestApi;
import io.simadmin.order.projections.ResellerProjection;
import io.simadmin.order.projections.UserProjection;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.KafkaTestConsumer;
import io.simadmin.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.simadmin.order.Events.header;
import static org.assertj.core.api.Assertions.assertThat;

/** The status workflow, edits and optimistic locking of single orders. */
@IntegrationTest
class OrderWorkflowIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserProjection userProjection;

    @Autowired
    ResellerProjection resellerProjection;

    TestApi api;
    Parties parties;
    UUID plan;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        parties = new Parties(userProjection, resellerProjection);
        plan = api.physicalPlan();
    }

    @Test
    void walks_the_whole_workflow_and_records_who_moved_it_when_and_why() {
        UUID order = api.placeAppOrder(plan, parties.activeUser());

        api.moveTo(order, "confirmed");
        JsonNode dispatched = TestApi.read(api.as(TestTokens.moderator()).patch().uri("/api/orders/" + order + "/status/")
                .contentType(MediaType.APPLICATION_JSON).body("{\"status\":\"dispatched\",\"reason\":\"Courier picked up\"}")
                .exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"")
                .expectBody().returnResult().getResponseBody());
        assertThat(dispatched.get("allowedStatuses").toString()).isEqualTo("[\"delivered\",\"cancelled\"]");
        JsonNode delivered = api.moveTo(order, "delivered");
        assertThat(delivered.get("deliveredAt").isNull()).isFalse();
        assertThat(delivered.get("activatedAt").isNull()).isTrue();
        JsonNode activated = api.moveTo(order, "activated");
        assertThat(activated.get("activatedAt").isNull()).isFalse();
        assertThat(activated.get("allowedStatuses").size()).isZero();

        JsonNode history = api.get("/api/orders/" + order + "/history");
        assertThat(history.size()).isEqualTo(5);
        assertThat(history.get(0).get("fromStatus").isNull()).isTrue();
        assertThat(history.get(0).get("toStatus").asString()).isEqualTo("pending");
        assertThat(history.get(2).get("fromStatus").asString()).isEqualTo("confirmed");
        assertThat(history.get(2).get("toStatus").asString()).isEqualTo("dispatched");
        assertThat(history.get(2).get("actorType").asString()).isEqualTo("admin");
        assertThat(history.get(2).get("actorId").asString()).isEqualTo(TestTokens.MODERATOR_ID.toString());
        assertThat(history.get(2).get("note").asString()).isEqualTo("Courier picked up");
        assertThat(history.get(4).get("toStatus").asString()).isEqualTo("activated");

        List<ConsumerRecord<String, String>> changes;
        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(Topics.ORDERS)) {
            changes = consumer.awaitCount(r -> order.toString().equals(r.key())
                    && "order.status-changed.v1".equals(header(r, EventHeaders.TYPE)), 4, Duration.ofSeconds(20));
        }
        assertThat(changes.get(1).value()).contains("\"from\":\"confirmed\"", "\"to\":\"dispatched\"",
                "\"reason\":\"Courier picked up\"", "\"type\":\"admin\"");
    }

    @Test
    void refuses_a_move_the_workflow_does_not_allow_with_409_and_the_allowed_moves() {
        UUID order = api.placeAppOrder(plan, parties.activeUser());

        api.admin().patch().uri("/api/orders/" + order + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"delivered\"}").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:invalid-status-change")
                .jsonPath("$.currentStatus").isEqualTo("pending")
                .jsonPath("$.allowedStatuses[0]").isEqualTo("confirmed")
                .jsonPath("$.allowedStatuses[1]").isEqualTo("cancelled");
        api.admin().patch().uri("/api/orders/" + order + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"pending\"}").exchange().expectStatus().isEqualTo(409);
        api.admin().patch().uri("/api/orders/" + order + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"lost\"}").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");

        assertThat(api.get("/api/orders/" + order).get("status").asString()).isEqualTo("pending");
        assertThat(jdbc.queryForObject("select count(*) from order_status_history where order_id = ?", Long.class,
                order)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from messaging.outbox where event_key = ? and event_type = "
                + "'order.status-changed.v1'", Long.class, order.toString())).isZero();
    }

    @Test
    void cancels_from_dispatched_with_the_reason_and_then_refuses_every_move() {
        UUID order = api.placeAppOrder(plan, parties.activeUser());
        api.moveTo(order, "confirmed");
        api.moveTo(order, "dispatched");

        JsonNode cancelled = TestApi.read(api.admin().patch().uri("/api/orders/" + order + "/status")
                .contentType(MediaType.APPLICATION_JSON).body("{\"status\":\"cancelled\",\"reason\":\"Parcel lost\"}")
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());

        assertThat(cancelled.get("cancelledReason").asString()).isEqualTo("Parcel lost");
        api.admin().patch().uri("/api/orders/" + order + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"confirmed\"}").exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.allowedStatuses.length()").isEqualTo(0);
    }

    @Test
    void refuses_stale_versions_with_409_for_the_body_and_412_for_if_match() {
        UUID order = api.placeAppOrder(plan, parties.activeUser());
        api.moveTo(order, "confirmed");

        api.admin().patch().uri("/api/orders/" + order + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"dispatched\",\"version\":0}").exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentVersion").isEqualTo(1);
        api.admin().patch().uri("/api/orders/" + order + "/status").header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).body("{\"status\":\"dispatched\"}").exchange()
                .expectStatus().isEqualTo(412);
        api.admin().put().uri("/api/orders/" + order).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).body("{\"deliveryAddress\":\"Elsewhere 1\"}").exchange()
                .expectStatus().isEqualTo(412);
        api.admin().put().uri("/api/orders/" + order).contentType(MediaType.APPLICATION_JSON)
                .body("{\"deliveryAddress\":\"Elsewhere 1\",\"version\":0}").exchange().expectStatus().isEqualTo(409);

        JsonNode current = api.get("/api/orders/" + order);
        assertThat(current.get("status").asString()).isEqualTo("confirmed");
        assertThat(current.get("deliveryAddress").asString()).isNotEqualTo("Elsewhere 1");
        api.admin().patch().uri("/api/orders/" + order + "/status").header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).body("{\"status\":\"dispatched\"}").exchange()
                .expectStatus().isOk();
    }

    @Test
    void edits_the_address_until_dispatch_and_the_notes_always_and_publishes_order_updated() {
        UUID order = api.placeAppOrder(plan, parties.activeUser());

        JsonNode edited = TestApi.read(api.admin().put().uri("/api/orders/" + order + "/")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"deliveryAddress\":\"9 New Road\",\"notes\":\"Call first\",\"version\":0}").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat(edited.get("deliveryAddress").asString()).isEqualTo("9 New Road");
        assertThat(edited.get("notes").asString()).isEqualTo("Call first");
        assertThat(edited.get("totalAmount").asString()).isEqualTo("28.60");
        ConsumerRecord<String, String> updated = KafkaTestConsumer.awaitRecord(Topics.ORDERS,
                r -> order.toString().equals(r.key()) && "order.updated.v1".equals(header(r, EventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(updated.value()).contains("\"changedFields\":[\"deliveryAddress\",\"notes\"]");

        api.moveTo(order, "confirmed");
        api.moveTo(order, "dispatched");
        api.admin().put().uri("/api/orders/" + order).contentType(MediaType.APPLICATION_JSON)
                .body("{\"deliveryAddress\":\"10 Other Road\",\"notes\":\"Call first\"}").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("deliveryAddress");
        api.admin().put().uri("/api/orders/" + order).contentType(MediaType.APPLICATION_JSON)
                .body("{\"deliveryAddress\":\"9 New Road\",\"notes\":\"Fragile\"}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.notes").isEqualTo("Fragile");
        api.admin().put().uri("/api/orders/" + order).contentType(MediaType.APPLICATION_JSON)
                .body("{\"deliveryAddress\":\"9 New Road\",\"totalAmount\":\"1.00\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("totalAmount");
    }

    @Test
    void answers_unknown_orders_with_404() {
        UUID unknown = UUID.randomUUID();
        api.admin().get().uri("/api/orders/" + unknown).exchange().expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
        api.admin().get().uri("/api/orders/" + unknown + "/history").exchange().expectStatus().isNotFound();
        api.admin().patch().uri("/api/orders/" + unknown + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"confirmed\"}").exchange().expectStatus().isNotFound();
        api.admin().put().uri("/api/orders/" + unknown).contentType(MediaType.APPLICATION_JSON)
                .body("{\"deliveryAddress\":\"x\"}").exchange().expectStatus().isNotFound();
    }
}
