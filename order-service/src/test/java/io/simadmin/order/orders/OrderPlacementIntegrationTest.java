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
import java.time.Year;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.simadmin.order.Events.header;
import static io.simadmin.order.TestApi.appOrder;
import static io.simadmin.order.TestApi.resellerOrder;
import static io.simadmin.order.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Placing orders: prices from the server, parties from the projections, one transaction with its event. */
@IntegrationTest
class OrderPlacementIntegrationTest {

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

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        parties = new Parties(userProjection, resellerProjection);
    }

    @Test
    void places_an_app_order_with_the_plan_price_and_the_pricing_settings_and_publishes_order_placed() {
        UUID plan = api.plan("physical", "20.00");
        UUID user = parties.user("Ada Buyer", "+254 700 123456", "active");
        String body = """
                {"orderType":"app_user","planId":"%s","userId":"%s","deliveryAddress":" 1 Market Street, Nairobi ",
                 "notes":"Leave at reception","paymentMethod":"card","paymentToken":"tok_visa"}"""
                .formatted(plan, user);

        JsonNode order = api.placeOrder(body);

        assertThat(order.get("orderNumber").asString()).matches("ORD-" + Year.now().getValue() + "-\\d{6,}");
        assertThat(order.get("status").asString()).isEqualTo("pending");
        assertThat(order.get("paymentStatus").asString()).isEqualTo("pending");
        assertThat(order.get("orderType").asString()).isEqualTo("app_user");
        assertThat(order.get("source").asString()).isEqualTo("app");
        assertThat(order.get("customerName").asString()).isEqualTo("Ada Buyer");
        assertThat(order.get("customerPhone").asString()).isEqualTo("+254 700 123456");
        assertThat(order.get("deliveryAddress").asString()).isEqualTo("1 Market Street, Nairobi");
        assertThat(order.get("simType").asString()).isEqualTo("physical");
        assertThat(order.get("networkProvider").asString()).isEqualTo("Safaricom");
        // 20.00 + delivery 5.00 + service 1.00 = 26.00; tax 10 % = 2.60; total 28.60 (defaults of PricingSettings).
        assertThat(order.get("planPrice").asString()).isEqualTo("20.00");
        assertThat(order.get("deliveryFee").asString()).isEqualTo("5.00");
        assertThat(order.get("serviceCharge").asString()).isEqualTo("1.00");
        assertThat(order.get("taxAmount").asString()).isEqualTo("2.60");
        assertThat(order.get("totalAmount").asString()).isEqualTo("28.60");
        assertThat(order.get("currency").asString()).isEqualTo("USD");
        assertThat(order.get("allowedStatuses").toString()).isEqualTo("[\"confirmed\",\"cancelled\"]");
        assertThat(order.get("version").asLong()).isZero();

        String id = order.get("id").asString();
        ConsumerRecord<String, String> placed = KafkaTestConsumer.awaitRecord(Topics.ORDERS, r -> id.equals(r.key()),
                Duration.ofSeconds(20));
        assertThat(header(placed, EventHeaders.TYPE)).isEqualTo("order.placed.v1");
        assertThat(header(placed, EventHeaders.SOURCE)).isEqualTo("/order-service");
        assertThat(placed.value()).contains("\"source\":\"app\"", "\"userId\":\"" + user + "\"",
                "\"total\":\"28.60\"", "\"currency\":\"USD\"", "\"paymentMethod\":\"card\"",
                "\"paymentToken\":\"tok_visa\"", "\"orderNumber\":\"" + order.get("orderNumber").asString() + "\"");
        assertThat(jdbc.queryForObject("select count(*) from order_status_history where order_id = ?::uuid "
                + "and from_status is null and to_status = 'pending' and actor_type = 'admin'", Long.class, id)).isOne();
    }

    @Test
    void an_esim_has_no_delivery_fee() {
        UUID plan = api.plan("esim", "10.00");
        JsonNode order = api.placeOrder(appOrder(plan, parties.activeUser(), "buyer@example.test"));

        // 10.00 + 0.00 + 1.00 = 11.00; tax 1.10; total 12.10.
        assertThat(order.get("deliveryFee").asString()).isEqualTo("0.00");
        assertThat(order.get("taxAmount").asString()).isEqualTo("1.10");
        assertThat(order.get("totalAmount").asString()).isEqualTo("12.10");
    }

    @Test
    void places_a_reseller_order_on_credit_for_an_active_client() {
        UUID plan = api.physicalPlan();
        UUID reseller = parties.reseller("active");
        UUID client = parties.client(reseller, "Grace Client", "+49 30 7654321", "active");

        JsonNode order = api.placeOrder(resellerOrder(plan, reseller, client, "2 Dock Road"));

        assertThat(order.get("orderType").asString()).isEqualTo("reseller_client");
        assertThat(order.get("paymentMethod").asString()).isEqualTo("reseller_credit");
        assertThat(order.get("customerName").asString()).isEqualTo("Grace Client");
        String id = order.get("id").asString();
        ConsumerRecord<String, String> placed = KafkaTestConsumer.awaitRecord(Topics.ORDERS, r -> id.equals(r.key()),
                Duration.ofSeconds(20));
        assertThat(placed.value()).contains("\"source\":\"reseller\"", "\"resellerId\":\"" + reseller + "\"",
                "\"clientId\":\"" + client + "\"", "\"paymentMethod\":\"reseller_credit\"", "\"paymentToken\":null");
    }

    @Test
    void numbers_orders_from_one_sequence() {
        UUID plan = api.physicalPlan();
        UUID user = parties.activeUser();
        long first = number(api.placeOrder(appOrder(plan, user, unique("addr"))));
        long second = number(api.placeOrder(appOrder(plan, user, unique("addr"))));
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void refuses_with_422_and_stores_and_publishes_nothing_when_the_order_cannot_be_placed() {
        UUID plan = api.physicalPlan();
        UUID inactivePlan = UUID.fromString(api.post("/api/plans",
                TestApi.planBody(unique("Old"), "physical", "9.00", false)).get("id").asString());
        UUID blocked = parties.activeUser();
        parties.blockUser(blocked);
        UUID active = parties.reseller("active");
        UUID suspended = parties.reseller("active");
        UUID ofSuspended = parties.activeClient(suspended);
        parties.resellerStatus(suspended, "active", "suspended");
        UUID pending = parties.reseller("pending");
        UUID ofPending = parties.activeClient(pending);
        UUID removed = parties.reseller("active");
        UUID ofRemoved = parties.activeClient(removed);
        parties.removeReseller(removed);
        UUID inactiveClient = parties.activeClient(active);
        parties.clientStatus(inactiveClient, active, "inactive");

        String address = unique("Nowhere");
        refused(appOrder(UUID.randomUUID(), parties.activeUser(), address), "planId", "No plan has the id");
        refused(appOrder(inactivePlan, parties.activeUser(), address), "planId", "is inactive");
        refused(appOrder(plan, UUID.randomUUID(), address), "userId", "No user has the id");
        refused(appOrder(plan, blocked, address), "userId", "The user is blocked");
        refused(resellerOrder(plan, UUID.randomUUID(), UUID.randomUUID(), address), "resellerId", "No reseller");
        refused(resellerOrder(plan, suspended, ofSuspended, address), "resellerId", "The reseller is suspended");
        refused(resellerOrder(plan, pending, ofPending, address), "resellerId", "The reseller is pending");
        refused(resellerOrder(plan, removed, ofRemoved, address), "resellerId", "No reseller");
        refused(resellerOrder(plan, active, ofSuspended, address), "clientId", "The reseller has no client");
        refused(resellerOrder(plan, active, UUID.randomUUID(), address), "clientId", "The reseller has no client");
        refused(resellerOrder(plan, active, inactiveClient, address), "clientId", "The client is inactive");

        assertNothingStored(address, plan, inactivePlan);
    }

    @Test
    void refuses_malformed_requests_with_400_and_stores_nothing() {
        UUID plan = api.physicalPlan();
        UUID user = parties.activeUser();
        String address = unique("Malformed");
        badRequest("{\"orderType\":\"app_user\",\"planId\":\"%s\",\"userId\":\"%s\",\"deliveryAddress\":\"%s\",\"totalAmount\":\"0.01\"}"
                .formatted(plan, user, address), "totalAmount");
        badRequest("{\"orderType\":\"app_user\",\"planId\":\"%s\",\"deliveryAddress\":\"%s\"}"
                .formatted(plan, address), "userId");
        badRequest("{\"orderType\":\"gift\",\"planId\":\"%s\",\"userId\":\"%s\",\"deliveryAddress\":\"%s\"}"
                .formatted(plan, user, address), "orderType");
        badRequest("{\"orderType\":\"app_user\",\"planId\":\"%s\",\"userId\":\"%s\",\"deliveryAddress\":\"  \"}"
                .formatted(plan, user), "deliveryAddress");
        badRequest("{\"orderType\":\"app_user\",\"planId\":\"%s\",\"userId\":\"%s\",\"deliveryAddress\":\"%s\",\"paymentMethod\":\"cash_on_delivery\",\"paymentToken\":\"tok_visa\"}"
                .formatted(plan, user, address), "paymentToken");
        badRequest("{\"orderType\":\"app_user\",\"planId\":\"%s\",\"userId\":\"%s\",\"deliveryAddress\":\"%s\",\"paymentMethod\":\"reseller_credit\"}"
                .formatted(plan, user, address), "paymentMethod");
        badRequest("{\"orderType\":\"reseller_client\",\"planId\":\"%s\",\"resellerId\":\"%s\",\"clientId\":\"%s\",\"deliveryAddress\":\"%s\",\"paymentToken\":\"tok_visa\"}"
                .formatted(plan, UUID.randomUUID(), UUID.randomUUID(), address), "paymentToken");
        assertNothingStored(address, plan);
    }

    @Test
    void moderators_do_not_place_orders() {
        String address = unique("Moderated");
        UUID plan = api.physicalPlan();
        api.as(TestTokens.moderator()).post().uri("/api/orders").contentType(MediaType.APPLICATION_JSON)
                .body(appOrder(plan, parties.activeUser(), address)).exchange()
                .expectStatus().isForbidden();
        assertNothingStored(address, plan);
    }

    @Test
    void replays_the_first_answer_for_a_repeated_idempotency_key_and_refuses_the_key_for_another_body() {
        UUID plan = api.physicalPlan();
        UUID user = parties.activeUser();
        String key = UUID.randomUUID().toString();
        String address = unique("Idempotent");
        String body = appOrder(plan, user, address);

        JsonNode first = TestApi.read(api.admin().post().uri("/api/orders/").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
        JsonNode again = TestApi.read(api.admin().post().uri("/api/orders/").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().returnResult().getResponseBody());
        api.admin().post().uri("/api/orders/").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .body(appOrder(plan, user, address + "-other")).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:idempotency-key-reused");

        assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(again.get("orderNumber").asString()).isEqualTo(first.get("orderNumber").asString());
        assertThat(jdbc.queryForObject("select count(*) from sim_order where delivery_address like ?", Long.class,
                address + "%")).isOne();
        assertThat(jdbc.queryForObject("select count(*) from messaging.outbox where event_type = 'order.placed.v1' "
                + "and event_key = ?", Long.class, first.get("id").asString())).isOne();
    }

    @Test
    void places_one_order_for_two_concurrent_requests_with_one_key_and_answers_both_with_it() {
        String key = UUID.randomUUID().toString();
        String address = unique("Concurrent");
        String body = appOrder(api.physicalPlan(), parties.activeUser(), address);
        Callable<String> place = () -> TestApi.read(api.admin().post().uri("/api/orders").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody()).get("id").asString();

        List<String> ids;
        try (ExecutorService both = Executors.newFixedThreadPool(2)) {
            ids = both.invokeAll(List.of(place, place)).stream().map(OrderPlacementIntegrationTest::result).toList();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }

        // The second waits for the first's transaction (claim, order and answer commit together) and replays it.
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
        assertThat(jdbc.queryForObject("select count(*) from sim_order where delivery_address = ?", Long.class,
                address)).isOne();
    }

    @Test
    void a_refused_placement_keeps_no_answer_so_a_corrected_retry_with_the_same_key_is_placed() {
        String key = UUID.randomUUID().toString();
        String address = unique("Corrected");
        UUID user = parties.activeUser();
        api.admin().post().uri("/api/orders").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .body(appOrder(UUID.randomUUID(), user, address)).exchange()
                .expectStatus().isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from idempotency.request where key = ?", Long.class, key))
                .isZero();

        api.admin().post().uri("/api/orders").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .body(appOrder(api.physicalPlan(), user, address)).exchange()
                .expectStatus().isCreated();
        assertThat(jdbc.queryForObject("select count(*) from sim_order where delivery_address = ?", Long.class,
                address)).isOne();
    }

    @Test
    void replays_the_placed_order_to_a_retry_even_when_the_plan_has_since_become_inactive() {
        UUID plan = api.physicalPlan();
        String key = UUID.randomUUID().toString();
        String address = unique("Retried");
        String body = appOrder(plan, parties.activeUser(), address);
        JsonNode first = TestApi.read(api.admin().post().uri("/api/orders").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody());
        jdbc.update("update plan set active = false where id = ?", plan);

        api.admin().post().uri("/api/orders").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.id").isEqualTo(first.get("id").asString());
        assertThat(jdbc.queryForObject("select count(*) from sim_order where delivery_address = ?", Long.class,
                address)).isOne();
    }

    private static String result(Future<String> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private void refused(String body, String field, String detail) {
        api.admin().post().uri("/api/orders").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:order-not-placeable")
                .jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).contains(detail));
    }

    private void badRequest(String body, String field) {
        api.admin().post().uri("/api/orders").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    /** OrderPlaced carries no address, but every order of these tests names one of their fresh plans. */
    private void assertNothingStored(String address, UUID... plans) {
        assertThat(jdbc.queryForObject("select count(*) from sim_order where delivery_address like ?", Long.class,
                address + "%")).isZero();
        for (UUID plan : plans) {
            assertThat(jdbc.queryForObject("select count(*) from sim_order where plan_id = ?", Long.class, plan))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from messaging.outbox where payload like ?", Long.class,
                    "%" + plan + "%")).isZero();
        }
    }

    private static long number(JsonNode order) {
        String number = order.get("orderNumber").asString();
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }
}
