package io.simadmin.order.saga;

import io.simadmin.events.EventEnvelope;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.order.Parties;
import io.simadmin.order.TestApi;
import io.simadmin.order.projections.ResellerProjection;
import io.simadmin.order.projections.UserProjection;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.KafkaTestConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import static io.simadmin.order.Events.envelope;
import static io.simadmin.order.Events.header;
import static io.simadmin.order.Events.publish;
import static io.simadmin.order.TestApi.resellerOrder;
import static io.simadmin.order.TestApi.unique;
import static io.simadmin.order.saga.SagaEvents.creditRejected;
import static io.simadmin.order.saga.SagaEvents.creditReleased;
import static io.simadmin.order.saga.SagaEvents.creditReserved;
import static io.simadmin.order.saga.SagaEvents.paymentCompleted;
import static io.simadmin.order.saga.SagaEvents.paymentFailed;
import static io.simadmin.order.saga.SagaEvents.paymentRefunded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** order-service's side of the order saga, against the real database and broker. */
@IntegrationTest
class OrderSagaIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserProjection userProjection;

    @Autowired
    ResellerProjection resellerProjection;

    @Autowired
    ResellerEventsListener resellerEvents;

    @Autowired
    PaymentEventsListener paymentEvents;

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
    void credit_reserved_from_kafka_confirms_a_reseller_order_and_marks_it_paid() {
        JsonNode order = resellerOrderPlaced();
        UUID id = TestApi.id(order);

        publish(envelope(creditReserved(order)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(state(id)).isEqualTo("confirmed paid"));
        JsonNode history = api.get("/api/orders/" + id + "/history");
        assertThat(history.get(1).get("actorType").asString()).isEqualTo("system");
        assertThat(history.get(1).get("note").asString()).isEqualTo("Reseller credit reserved");
        ConsumerRecord<String, String> confirmed = KafkaTestConsumer.awaitRecord(Topics.ORDERS,
                r -> id.toString().equals(r.key()) && "order.status-changed.v1".equals(header(r, EventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(confirmed.value()).contains("\"from\":\"pending\"", "\"to\":\"confirmed\"", "\"type\":\"system\"");
    }

    @Test
    void credit_rejected_cancels_the_order_with_the_reason() {
        JsonNode order = resellerOrderPlaced();
        UUID id = TestApi.id(order);

        assertThat(resellerEvents.handle(envelope(creditRejected(order)))).isTrue();

        JsonNode cancelled = api.get("/api/orders/" + id);
        assertThat(cancelled.get("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.get("paymentStatus").asString()).isEqualTo("failed");
        assertThat(cancelled.get("cancelledReason").asString()).startsWith("The credit limit 50.00 would be exceeded");
        assertThat(outbox(id, "order.status-changed.v1")).isOne();
        assertThat(jdbc.queryForObject("select payload from messaging.outbox where event_key = ? and event_type = "
                + "'order.status-changed.v1'", String.class, id.toString()))
                .contains("\"to\":\"cancelled\"", "The credit limit 50.00 would be exceeded");
    }

    @Test
    void credit_released_after_a_cancellation_marks_the_payment_refunded() {
        JsonNode order = resellerOrderPlaced();
        UUID id = TestApi.id(order);
        resellerEvents.handle(envelope(creditReserved(order)));
        api.moveTo(id, "cancelled");

        resellerEvents.handle(envelope(creditReleased(order)));

        assertThat(state(id)).isEqualTo("cancelled refunded");
    }

    @Test
    void payment_completed_from_kafka_marks_an_app_order_paid_and_confirms_it() {
        JsonNode order = appOrderPlaced();
        UUID id = TestApi.id(order);

        publish(envelope(paymentCompleted(order)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(state(id)).isEqualTo("confirmed paid"));
        assertThat(api.get("/api/orders/" + id + "/history").get(1).get("note").asString())
                .isEqualTo("Payment completed");
    }

    @Test
    void payment_failed_marks_the_payment_failed_and_a_later_success_still_confirms() {
        JsonNode order = appOrderPlaced();
        UUID id = TestApi.id(order);

        paymentEvents.handle(envelope(paymentFailed(order)));
        assertThat(state(id)).isEqualTo("pending failed");
        assertThat(outbox(id, "order.status-changed.v1")).isZero();

        paymentEvents.handle(envelope(paymentCompleted(order)));
        assertThat(state(id)).isEqualTo("confirmed paid");
    }

    @Test
    void a_full_refund_marks_the_payment_refunded_and_a_partial_one_does_not() {
        JsonNode order = appOrderPlaced();
        UUID id = TestApi.id(order);
        paymentEvents.handle(envelope(paymentCompleted(order)));

        paymentEvents.handle(envelope(paymentRefunded(order, "10.00", false)));
        assertThat(state(id)).isEqualTo("confirmed paid");
        paymentEvents.handle(envelope(paymentRefunded(order, "28.60", true)));
        assertThat(state(id)).isEqualTo("confirmed refunded");
    }

    @Test
    void a_duplicate_changes_nothing_whether_redelivered_or_sent_again_under_a_new_id() {
        JsonNode order = appOrderPlaced();
        UUID id = TestApi.id(order);
        EventEnvelope once = envelope(paymentCompleted(order));

        assertThat(paymentEvents.handle(once)).isTrue();
        long version = version(id);
        assertThat(paymentEvents.handle(once)).as("the same event delivered again").isFalse();
        assertThat(paymentEvents.handle(envelope(paymentCompleted(order)))).as("the same fact under a new id").isTrue();
        publish(once);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(version(id)).isEqualTo(version);
            assertThat(state(id)).isEqualTo("confirmed paid");
            assertThat(outbox(id, "order.status-changed.v1")).isOne();
            assertThat(jdbc.queryForObject("select count(*) from order_status_history where order_id = ?", Long.class,
                    id)).isEqualTo(2);
        });

        JsonNode reseller = resellerOrderPlaced();
        resellerEvents.handle(envelope(creditReserved(reseller)));
        resellerEvents.handle(envelope(creditReserved(reseller)));
        assertThat(outbox(TestApi.id(reseller), "order.status-changed.v1")).isOne();
    }

    @Test
    void a_payment_for_an_order_cancelled_meanwhile_is_recorded_but_does_not_revive_it() {
        JsonNode order = appOrderPlaced();
        UUID id = TestApi.id(order);
        api.moveTo(id, "cancelled");

        paymentEvents.handle(envelope(paymentCompleted(order)));

        assertThat(state(id)).isEqualTo("cancelled paid");
        assertThat(outbox(id, "order.status-changed.v1")).isOne();
        // payment-service refunds it on the cancellation; the refund then arrives:
        paymentEvents.handle(envelope(paymentRefunded(order, "28.60", true)));
        assertThat(state(id)).isEqualTo("cancelled refunded");
        // a late duplicate of the success does not undo the refund, nor does a late failure undo a payment
        paymentEvents.handle(envelope(paymentCompleted(order)));
        assertThat(state(id)).isEqualTo("cancelled refunded");
        JsonNode paid = appOrderPlaced();
        paymentEvents.handle(envelope(paymentCompleted(paid)));
        paymentEvents.handle(envelope(paymentFailed(paid)));
        assertThat(state(TestApi.id(paid))).isEqualTo("confirmed paid");
    }

    @Test
    void credit_answers_that_come_too_late_leave_the_order_as_it_is() {
        JsonNode cancelledFirst = resellerOrderPlaced();
        UUID cancelled = TestApi.id(cancelledFirst);
        api.moveTo(cancelled, "cancelled");
        resellerEvents.handle(envelope(creditReserved(cancelledFirst)));
        assertThat(state(cancelled)).isEqualTo("cancelled pending");

        JsonNode shipped = resellerOrderPlaced();
        UUID dispatched = TestApi.id(shipped);
        api.moveTo(dispatched, "confirmed");
        api.moveTo(dispatched, "dispatched");
        resellerEvents.handle(envelope(creditRejected(shipped)));
        assertThat(state(dispatched)).isEqualTo("dispatched failed");
    }

    @Test
    void an_event_for_an_order_this_service_does_not_have_goes_to_the_dead_letter_topic_after_retries() {
        UUID unknown = UUID.randomUUID();
        EventEnvelope event = envelope(paymentCompleted(unknown, "ORD-1999-000001", UUID.randomUUID(),
                new BigDecimal("10.00")));

        publish(event);

        ConsumerRecord<String, String> dead = KafkaTestConsumer.awaitRecord(Topics.deadLetterOf(Topics.PAYMENTS),
                r -> unknown.toString().equals(r.key()), Duration.ofSeconds(60));
        assertThat(header(dead, EventHeaders.ID)).isEqualTo(event.id().toString());
        assertThat(jdbc.queryForObject("select count(*) from messaging.processed_event where event_id = ?", Long.class,
                event.id())).isZero();
    }

    private JsonNode appOrderPlaced() {
        return api.placeOrder(TestApi.appOrder(plan, parties.activeUser(), unique("Saga")));
    }

    private JsonNode resellerOrderPlaced() {
        UUID reseller = parties.reseller("active");
        return api.placeOrder(resellerOrder(plan, reseller, parties.activeClient(reseller), unique("Saga")));
    }

    private String state(UUID id) {
        return jdbc.queryForObject("select status || ' ' || payment_status from sim_order where id = ?", String.class,
                id);
    }

    private long version(UUID id) {
        return jdbc.queryForObject("select version from sim_order where id = ?", Long.class, id);
    }

    private long outbox(UUID id, String type) {
        return jdbc.queryForObject("select count(*) from messaging.outbox where event_key = ? and event_type = ?",
                Long.class, id.toString(), type);
    }
}
