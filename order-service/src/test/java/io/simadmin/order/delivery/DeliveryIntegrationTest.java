package io.simadmin.order.delivery;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.simadmin.order.Events.header;
import static org.assertj.core.api.Assertions.assertThat;

/** Delivery assignment and the bulk actions of the orders list, each result reported per order. */
@IntegrationTest
class DeliveryIntegrationTest {

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
    void a_moderator_assigns_a_courier_and_delivery_assigned_is_published() {
        UUID order = api.placeAppOrder(plan, parties.activeUser());
        api.moveTo(order, "confirmed");
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);

        JsonNode assigned = TestApi.read(api.as(TestTokens.moderator()).post()
                .uri("/api/orders/" + order + "/assign-delivery/").contentType(MediaType.APPLICATION_JSON)
                .body("{\"courier\":\" DHL \",\"trackingNumber\":\"JD0146000\",\"expectedDeliveryDate\":\"%s\",\"version\":1}"
                        .formatted(tomorrow))
                .exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"")
                .expectBody().returnResult().getResponseBody());

        assertThat(assigned.get("courier").asString()).isEqualTo("DHL");
        assertThat(assigned.get("deliveryTrackingNumber").asString()).isEqualTo("JD0146000");
        assertThat(assigned.get("expectedDeliveryDate").asString()).isEqualTo(tomorrow.toString());
        assertThat(assigned.get("status").asString()).isEqualTo("confirmed");
        ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord(Topics.ORDERS,
                r -> order.toString().equals(r.key()) && "order.delivery-assigned.v1".equals(header(r, EventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(event.value()).contains("\"courier\":\"DHL\"", "\"trackingNumber\":\"JD0146000\"",
                "\"expectedDeliveryDate\":\"" + tomorrow + "\"");
    }

    @Test
    void refuses_a_past_date_a_finished_order_and_a_stale_version() {
        UUID order = api.placeAppOrder(plan, parties.activeUser());
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        assign(order, "{\"courier\":\"DHL\",\"trackingNumber\":\"T1\",\"expectedDeliveryDate\":\"" + yesterday + "\"}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("expectedDeliveryDate");
        assign(order, "{\"courier\":\"DHL\",\"trackingNumber\":\"T1\",\"version\":7}").expectStatus().isEqualTo(409);
        assign(order, "{\"courier\":\"\",\"trackingNumber\":\"T1\"}").expectStatus().isBadRequest();
        api.moveTo(order, "cancelled");
        assign(order, "{\"courier\":\"DHL\",\"trackingNumber\":\"T1\"}").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentStatus").isEqualTo("cancelled");
        assign(UUID.randomUUID(), "{\"courier\":\"DHL\",\"trackingNumber\":\"T1\"}").expectStatus().isNotFound();

        assertThat(jdbc.queryForObject("select courier is null from sim_order where id = ?", Boolean.class, order))
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from messaging.outbox where event_key = ? and event_type = "
                + "'order.delivery-assigned.v1'", Long.class, order.toString())).isZero();
    }

    @Test
    void bulk_status_reports_each_order_and_applies_the_ones_that_may_move() {
        UUID pending = api.placeAppOrder(plan, parties.activeUser());
        UUID alsoPending = api.placeAppOrder(plan, parties.activeUser());
        UUID cancelled = api.placeAppOrder(plan, parties.activeUser());
        api.moveTo(cancelled, "cancelled");
        UUID unknown = UUID.randomUUID();

        JsonNode response = TestApi.read(api.as(TestTokens.moderator()).post().uri("/api/orders/bulk/status/")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"ids\":[\"%s\",\"%s\",\"%s\",\"%s\"],\"status\":\"confirmed\",\"reason\":\"Batch 12\"}"
                        .formatted(pending, cancelled, unknown, alsoPending))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());

        assertThat(response.get("succeeded").asInt()).isEqualTo(2);
        assertThat(response.get("failed").asInt()).isEqualTo(2);
        JsonNode results = response.get("results");
        assertThat(results.get(0).get("id").asString()).isEqualTo(pending.toString());
        assertThat(results.get(0).get("outcome").asString()).isEqualTo("ok");
        assertThat(results.get(0).get("orderStatus").asString()).isEqualTo("confirmed");
        assertThat(results.get(0).get("version").asLong()).isEqualTo(1);
        assertThat(results.get(1).get("outcome").asString()).isEqualTo("error");
        assertThat(results.get(1).get("status").asInt()).isEqualTo(409);
        assertThat(results.get(1).get("detail").asString()).contains("cancelled order cannot become confirmed");
        assertThat(results.get(2).get("status").asInt()).isEqualTo(404);
        assertThat(results.get(3).get("outcome").asString()).isEqualTo("ok");
        assertThat(api.get("/api/orders/" + alsoPending + "/history").get(1).get("note").asString())
                .isEqualTo("Batch 12");
        assertThat(api.get("/api/orders/" + cancelled).get("status").asString()).isEqualTo("cancelled");
    }

    @Test
    void bulk_delivery_assigns_each_order_its_own_tracking_number_and_reports_refusals_per_order() {
        UUID confirmed = api.placeAppOrder(plan, parties.activeUser());
        api.moveTo(confirmed, "confirmed");
        UUID activated = api.placeAppOrder(plan, parties.activeUser());
        for (String s : new String[]{"confirmed", "dispatched", "delivered", "activated"}) {
            api.moveTo(activated, s);
        }
        UUID pastDate = api.placeAppOrder(plan, parties.activeUser());
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        JsonNode response = TestApi.read(api.admin().post().uri("/api/orders/bulk/assign-delivery")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"items":[{"orderId":"%s","courier":"DHL","trackingNumber":"A1"},
                                  {"orderId":"%s","courier":"DHL","trackingNumber":"A2"},
                                  {"orderId":"%s","courier":"DHL","trackingNumber":"A3","expectedDeliveryDate":"%s"}]}"""
                        .formatted(confirmed, activated, pastDate, yesterday))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());

        assertThat(response.get("succeeded").asInt()).isOne();
        assertThat(response.get("results").get(1).get("status").asInt()).isEqualTo(409);
        assertThat(response.get("results").get(2).get("status").asInt()).isEqualTo(400);
        assertThat(api.get("/api/orders/" + confirmed).get("deliveryTrackingNumber").asString()).isEqualTo("A1");
        assertThat(api.get("/api/orders/" + pastDate).get("courier").isNull()).isTrue();
    }

    @Test
    void bulk_requests_must_name_between_1_and_200_orders() {
        api.admin().post().uri("/api/orders/bulk/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"ids\":[],\"status\":\"confirmed\"}").exchange().expectStatus().isBadRequest();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 201; i++) {
            many.append(i == 0 ? "" : ",").append('"').append(UUID.randomUUID()).append('"');
        }
        api.admin().post().uri("/api/orders/bulk/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"ids\":[" + many + "],\"status\":\"confirmed\"}").exchange().expectStatus().isBadRequest();
        api.admin().post().uri("/api/orders/bulk/assign-delivery").contentType(MediaType.APPLICATION_JSON)
                .body("{\"items\":[]}").exchange().expectStatus().isBadRequest();
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec assign(UUID order, String body) {
        return api.admin().post().uri("/api/orders/" + order + "/assign-delivery").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange();
    }
}
