package io.simadmin.payment.saga;

import io.simadmin.events.EventEnvelope;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.reseller.ResellerCreditReleased;
import io.simadmin.events.reseller.ResellerCreditReserved;
import io.simadmin.events.Actor;
import io.simadmin.messaging.consumer.BatchedConsumer;
import io.simadmin.payment.Outboxes;
import io.simadmin.payment.gateways.SandboxGateway;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.KafkaTestConsumer;
import io.simadmin.test.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.simadmin.payment.PaymentFixtures.appOrder;
import static io.simadmin.payment.PaymentFixtures.envelope;
import static io.simadmin.payment.PaymentFixtures.moved;
import static io.simadmin.payment.PaymentFixtures.publish;
import static io.simadmin.payment.PaymentFixtures.reseller;
import static io.simadmin.payment.PaymentFixtures.resellerOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** payment-service's side of the order saga, against the real database, broker and sandbox gateway. */
@IntegrationTest
class PaymentSagaIntegrationTest {

    @Autowired
    OrderSaga saga;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SandboxGateway sandbox;

    @Autowired
    BatchedConsumer batches;

    @Test
    void an_app_order_paid_with_tok_visa_is_charged_and_PaymentCompleted_reaches_the_topic() {
        OrderPlaced order = appOrder("19.99", SandboxGateway.VISA);

        try (KafkaTestConsumer payments = KafkaTestConsumer.subscribe(Topics.PAYMENTS)) {
            publish(envelope(order));
            ConsumerRecord<String, String> completed = payments.await(
                    r -> r.key().equals(order.orderId().toString()), Duration.ofSeconds(30));

            assertThat(header(completed, "ce_type")).isEqualTo("payment.completed.v1");
            assertThat(header(completed, "ce_source")).isEqualTo("/payment-service");
            assertThat(completed.value()).contains("\"amount\":\"19.99\"", "\"currency\":\"EUR\"",
                    "\"gateway\":\"sandbox\"", "\"paymentMethod\":\"card\"", "\"transactionNumber\":\"TXN-",
                    "\"orderNumber\":\"" + order.orderNumber() + "\"", "\"gatewayReference\":\"sbx_ch_");
        }
        Map<String, Object> payment = paymentOf(order);
        assertThat(payment.get("status")).isEqualTo("completed");
        assertThat(payment.get("transaction_number").toString()).matches("TXN-\\d{4}-\\d{6,}");
        assertThat(payment.get("gateway_response").toString()).contains("\"status\": \"succeeded\"")
                .doesNotContain("tok_visa");
        assertThat(jdbc.queryForObject("select state from payment_attempt where transaction_id = ?", String.class,
                payment.get("id"))).isEqualTo("succeeded");
    }

    @Test
    void a_declined_card_fails_the_payment_with_PaymentFailed_card_declined() {
        OrderPlaced order = appOrder("12.00", SandboxGateway.DECLINE);

        assertThat(saga.handle(envelope(order))).isTrue();

        assertThat(paymentOf(order)).containsEntry("status", "failed").containsEntry("failure_code", "card_declined");
        assertThat(Outboxes.payloads(jdbc, "payment.failed.v1", order.orderId())).singleElement().asString()
                .contains("\"reasonCode\":\"card_declined\"", "\"reason\":\"The card was declined.\"",
                        "\"amount\":\"12.00\"");
        assertThat(Outboxes.payloads(jdbc, "payment.completed.v1", order.orderId())).isEmpty();
    }

    @Test
    void insufficient_funds_fail_the_payment_with_their_own_reason_code() {
        OrderPlaced order = appOrder("99.00", SandboxGateway.INSUFFICIENT_FUNDS);

        saga.handle(envelope(order));

        assertThat(paymentOf(order)).containsEntry("status", "failed")
                .containsEntry("failure_code", "insufficient_funds");
        assertThat(Outboxes.payloads(jdbc, "payment.failed.v1", order.orderId())).singleElement().asString()
                .contains("\"reasonCode\":\"insufficient_funds\"");
    }

    @Test
    void an_app_order_without_a_token_waits_with_a_pending_payment() {
        OrderPlaced order = appOrder("15.00", null);

        saga.handle(envelope(order));

        assertThat(paymentOf(order)).containsEntry("status", "pending").containsEntry("payment_method", "card");
        assertThat(count("select count(*) from payment_attempt a join transactions t on t.id = a.transaction_id "
                + "where t.order_id = ?", order.orderId())).isZero();
        assertThat(Outboxes.types(jdbc, order.orderId())).isEmpty();
    }

    @Test
    void an_unreadable_record_goes_to_the_dead_letter_topic_and_the_order_after_it_is_still_paid() {
        OrderPlaced order = appOrder("12.00", SandboxGateway.VISA);
        String unreadableId = UUID.randomUUID().toString();
        // One producer, one key, back to back: both usually arrive in one poll, which the listener applies as a batch.
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> unreadable = new ProducerRecord<>(Topics.ORDERS,
                    order.orderId().toString(), "{not json");
            unreadable.headers().add(EventHeaders.ID, unreadableId.getBytes(StandardCharsets.UTF_8))
                    .add(EventHeaders.TYPE, "order.placed.v1".getBytes(StandardCharsets.UTF_8))
                    .add(EventHeaders.SOURCE, "/order-service".getBytes(StandardCharsets.UTF_8))
                    .add(EventHeaders.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
            producer.send(unreadable);
            producer.flush();
        }
        publish(envelope(order));

        ConsumerRecord<String, String> dead = KafkaTestConsumer.awaitRecord(Topics.deadLetterOf(Topics.ORDERS),
                r -> unreadableId.equals(header(r, EventHeaders.ID)), Duration.ofSeconds(30));
        assertThat(dead.value()).isEqualTo("{not json");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Outboxes.payloads(jdbc, "payment.completed.v1", order.orderId())).hasSize(1));
    }

    @Test
    void a_repeated_OrderPlaced_creates_one_transaction_and_charges_once() {
        OrderPlaced order = appOrder("30.00", SandboxGateway.VISA);
        EventEnvelope once = envelope(order);

        publish(once);
        publish(once);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Outboxes.payloads(jdbc, "payment.completed.v1", order.orderId())).hasSize(1));
        assertThat(saga.handle(once)).as("the same event once more, straight to the handler").isFalse();
        assertThat(saga.handle(envelope(order))).as("the same order under a new event id").isFalse();
        assertThat(count("select count(*) from messaging.processed_event where event_id = ?", once.id()))
                .as("an OrderPlaced is kept once by known_order, not by a row per event").isZero();

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(count("select count(*) from transactions where order_id = ?", order.orderId())).isOne();
            assertThat(Outboxes.types(jdbc, order.orderId())).containsExactly("payment.completed.v1");
        });
        assertThat(count("select count(*) from sandbox_operation o join payment_attempt a "
                + "on a.idempotency_key = o.idempotency_key join transactions t on t.id = a.transaction_id "
                + "where t.order_id = ?", order.orderId())).isOne();
    }

    @Test
    void cancelling_a_paid_order_refunds_it_in_full_and_says_so_with_PaymentRefunded() {
        OrderPlaced order = appOrder("40.00", SandboxGateway.VISA);
        saga.handle(envelope(order));

        saga.handle(envelope(moved(order, "confirmed", "cancelled")));
        saga.handle(envelope(moved(order, "confirmed", "cancelled")));

        List<Map<String, Object>> refunds = jdbc.queryForList("select * from transactions where order_id = ? "
                + "and type = 'refund'", order.orderId());
        assertThat(refunds).singleElement().satisfies(refund -> {
            assertThat(refund.get("status")).isEqualTo("completed");
            assertThat((BigDecimal) refund.get("amount")).isEqualByComparingTo("40.00");
            assertThat(refund.get("parent_id")).isEqualTo(paymentOf(order).get("id"));
            assertThat(refund.get("reason").toString()).startsWith("Order cancelled: customer withdrew");
        });
        assertThat(Outboxes.payloads(jdbc, "payment.refunded.v1", order.orderId())).singleElement().asString()
                .contains("\"amount\":\"40.00\"", "\"refundedTotal\":\"40.00\"", "\"fullyRefunded\":true",
                        "\"refundNumber\":\"TXN-");
    }

    @Test
    void cancelling_an_unpaid_order_cancels_its_pending_payment_and_moves_no_money() {
        OrderPlaced order = appOrder("25.00", null);
        saga.handle(envelope(order));

        saga.handle(envelope(moved(order, "pending", "cancelled")));

        assertThat(paymentOf(order)).containsEntry("status", "cancelled");
        assertThat(Outboxes.types(jdbc, order.orderId())).isEmpty();
    }

    @Test
    void an_order_placed_and_cancelled_within_one_poll_leaves_its_payment_cancelled() {
        OrderPlaced order = appOrder("25.00", null);
        List<EventEnvelope> poll = List.of(envelope(order), envelope(moved(order, "pending", "cancelled")));

        batches.apply(List.of(record(0), record(1)), record -> saga.handle(poll.get((int) record.offset())));

        assertThat(paymentOf(order)).containsEntry("status", "cancelled");
        assertThat(count("select count(*) from transactions where order_id = ?", order.orderId())).isOne();
    }

    @Test
    void a_cancellation_replayed_before_its_OrderPlaced_keeps_the_order_from_being_charged() {
        OrderPlaced order = appOrder("25.00", SandboxGateway.VISA);

        saga.handle(envelope(moved(order, "pending", "cancelled")));
        saga.handle(envelope(order));

        assertThat(paymentOf(order)).containsEntry("status", "cancelled");
        assertThat(count("select count(*) from payment_attempt a join transactions t on t.id = a.transaction_id "
                + "where t.order_id = ?", order.orderId())).isZero();
    }

    @Test
    void a_delivered_reseller_order_earns_the_resellers_commission_once() {
        UUID resellerId = UUID.randomUUID();
        saga.handle(envelope(reseller(resellerId, "7.50")));
        OrderPlaced order = resellerOrder(resellerId, "123.45");
        saga.handle(envelope(order));
        saga.handle(envelope(moved(order, "pending", "confirmed")));
        saga.handle(envelope(moved(order, "confirmed", "dispatched")));
        assertThat(Outboxes.types(jdbc, order.orderId())).isEmpty();

        try (KafkaTestConsumer payments = KafkaTestConsumer.subscribe(Topics.PAYMENTS)) {
            publish(envelope(moved(order, "dispatched", "delivered")));
            ConsumerRecord<String, String> accrued = payments.await(
                    r -> r.key().equals(order.orderId().toString()), Duration.ofSeconds(30));
            assertThat(header(accrued, "ce_type")).isEqualTo("payment.commission-accrued.v1");
            // 123.45 × 7.50 / 100 = 9.25875 → 9.26 (half up)
            assertThat(accrued.value()).contains("\"amount\":\"9.26\"", "\"currency\":\"EUR\"",
                    "\"resellerId\":\"" + resellerId + "\"");
        }
        saga.handle(envelope(moved(order, "delivered", "activated")));

        List<Map<String, Object>> commissions = jdbc.queryForList("select * from transactions where order_id = ? "
                + "and type = 'commission'", order.orderId());
        assertThat(commissions).singleElement().satisfies(c -> {
            assertThat(c.get("status")).isEqualTo("completed");
            assertThat((BigDecimal) c.get("amount")).isEqualByComparingTo("9.26");
            assertThat(c.get("reseller_id")).isEqualTo(resellerId);
            assertThat(c.get("reason").toString()).isEqualTo("Commission of 7.5% on order " + order.orderNumber());
        });
        assertThat(Outboxes.payloads(jdbc, "payment.commission-accrued.v1", order.orderId())).hasSize(1);
    }

    @Test
    void a_commission_waits_for_the_resellers_rate_when_the_delivery_is_seen_first() {
        UUID resellerId = UUID.randomUUID();
        OrderPlaced order = resellerOrder(resellerId, "80.00");
        saga.handle(envelope(order));
        saga.handle(envelope(moved(order, "dispatched", "delivered")));
        assertThat(Outboxes.types(jdbc, order.orderId())).isEmpty();
        assertThat(jdbc.queryForObject("select commission_state from known_order where order_id = ?", String.class,
                order.orderId())).isEqualTo("waiting");

        saga.handle(envelope(reseller(resellerId, "10.00")));

        assertThat(Outboxes.payloads(jdbc, "payment.commission-accrued.v1", order.orderId())).singleElement()
                .asString().contains("\"amount\":\"8.00\"");
    }

    @Test
    void a_zero_rate_books_no_commission_and_an_app_order_earns_none() {
        UUID resellerId = UUID.randomUUID();
        saga.handle(envelope(reseller(resellerId, "0.00")));
        OrderPlaced resellerOrder = resellerOrder(resellerId, "50.00");
        OrderPlaced appOrder = appOrder("50.00", SandboxGateway.VISA);
        for (OrderPlaced order : List.of(resellerOrder, appOrder)) {
            saga.handle(envelope(order));
            saga.handle(envelope(moved(order, "dispatched", "delivered")));
        }

        assertThat(count("select count(*) from transactions where type = 'commission' and order_id in (?, ?)",
                resellerOrder.orderId(), appOrder.orderId())).isZero();
    }

    @Test
    void a_reseller_order_paid_on_credit_is_booked_and_its_release_cancels_the_booking() {
        UUID resellerId = UUID.randomUUID();
        OrderPlaced order = resellerOrder(resellerId, "60.00");
        saga.handle(envelope(order));
        saga.handle(envelope(new ResellerCreditReserved(resellerId, order.orderId(), order.orderNumber(),
                order.clientId(), new BigDecimal("60.00"), new BigDecimal("60.00"), new BigDecimal("1000.00"),
                Actor.system(), Instant.now())));
        assertThat(creditOf(order)).containsEntry("status", "completed").containsEntry("currency", "EUR")
                .containsEntry("payment_method", "reseller_credit");

        saga.handle(envelope(new ResellerCreditReleased(resellerId, order.orderId(), order.clientId(),
                new BigDecimal("60.00"), BigDecimal.ZERO.setScale(2), Actor.system(), Instant.now())));

        assertThat(creditOf(order)).containsEntry("status", "cancelled");
        assertThat(Outboxes.types(jdbc, order.orderId())).isEmpty();
    }

    private Map<String, Object> paymentOf(OrderPlaced order) {
        return jdbc.queryForMap("select * from transactions where order_id = ? and type = 'payment'",
                order.orderId());
    }

    private Map<String, Object> creditOf(OrderPlaced order) {
        return jdbc.queryForMap("select * from transactions where order_id = ? and type = 'credit'", order.orderId());
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private static ConsumerRecord<String, String> record(long offset) {
        return new ConsumerRecord<>(Topics.ORDERS, 0, offset, "key", "{}");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
