package io.simadmin.reseller.credit;

import io.simadmin.events.EventEnvelope;
import io.simadmin.events.Topics;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.reseller.TestApi;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.KafkaTestConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.simadmin.reseller.credit.SagaEvents.envelope;
import static io.simadmin.reseller.credit.SagaEvents.publish;
import static io.simadmin.reseller.credit.SagaEvents.resellerOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** reseller-service's side of the order saga, against the real database and broker. */
@IntegrationTest
class OrderCreditIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderSagaListener listener;

    TestApi api;

    @BeforeEach
    void connect() {
        api = new TestApi(port);
    }

    @Test
    void reserves_a_reseller_order_from_kafka_and_answers_with_credit_reserved() {
        UUID reseller = api.activeReseller("1000.00");
        UUID client = api.client(reseller, "0.00");
        OrderPlaced order = resellerOrder(reseller, client, "30.00");

        publish(envelope(order));

        ConsumerRecord<String, String> reserved = KafkaTestConsumer.awaitRecord(Topics.RESELLERS,
                r -> r.value().contains(order.orderId().toString()), Duration.ofSeconds(30));
        assertThat(header(reserved, "ce_type")).isEqualTo("reseller.credit-reserved.v1");
        assertThat(reserved.key()).isEqualTo(reseller.toString());
        assertThat(reserved.value()).contains("\"amount\":\"30.00\"", "\"balanceAfter\":\"30.00\"",
                "\"creditLimit\":\"1000.00\"");
        assertThat(balance(reseller)).isEqualByComparingTo("30.00");
        assertThat(usage(client)).isEqualByComparingTo("30.00");
        assertThat(jdbc.queryForObject("select kind || ' ' || amount || ' ' || balance_after || ' ' || actor_type "
                + "from credit_entry where order_id = ?", String.class, order.orderId()))
                .isEqualTo("reservation 30.00 30.00 reseller");
    }

    @Test
    void rejects_an_order_past_the_credit_limit_with_a_reason_and_stores_nothing() {
        UUID reseller = api.activeReseller("50.00");
        UUID client = api.client(reseller, "0.00");
        OrderPlaced order = resellerOrder(reseller, client, "60.00");

        assertThat(listener.handle(envelope(order))).isTrue();

        assertThat(rejection(order)).contains("\"reasonCode\":\"credit_limit_exceeded\"",
                "The credit limit 50.00 would be exceeded: balance 0.00 + order 60.00.");
        assertNothingStoredFor(reseller, client, order);
    }

    @Test
    void rejects_orders_of_a_suspended_reseller_an_inactive_client_a_stranger_and_past_the_monthly_limit() {
        UUID suspended = api.activeReseller("1000.00");
        UUID ofSuspended = api.client(suspended, "0.00");
        api.patch("/api/resellers/" + suspended + "/status", "{\"status\":\"suspended\"}");
        UUID reseller = api.activeReseller("1000.00");
        UUID inactive = api.client(reseller, "0.00");
        api.patch("/api/clients/" + inactive + "/status", "{\"status\":\"inactive\"}");
        UUID limited = api.client(reseller, "50.00");
        UUID pending = api.reseller("1000.00", "pending");

        OrderPlaced bySuspended = resellerOrder(suspended, ofSuspended, "10.00");
        OrderPlaced forInactive = resellerOrder(reseller, inactive, "10.00");
        OrderPlaced forStranger = resellerOrder(reseller, ofSuspended, "10.00");
        OrderPlaced pastMonthly = resellerOrder(reseller, limited, "50.01");
        OrderPlaced byPending = resellerOrder(pending, null, "10.00");
        OrderPlaced byNobody = resellerOrder(UUID.randomUUID(), null, "10.00");
        OrderPlaced freeOrder = resellerOrder(reseller, null, "0.00");
        OrderPlaced fractional = resellerOrder(reseller, null, "9.999");
        List.of(bySuspended, forInactive, forStranger, pastMonthly, byPending, byNobody, freeOrder, fractional)
                .forEach(order -> listener.handle(envelope(order)));

        assertThat(rejection(bySuspended)).contains("\"reasonCode\":\"reseller_not_active\"", "The reseller is suspended");
        assertThat(rejection(forInactive)).contains("\"reasonCode\":\"client_not_active\"", "The client is inactive");
        assertThat(rejection(forStranger)).contains("\"reasonCode\":\"client_not_found\"");
        assertThat(rejection(pastMonthly)).contains("\"reasonCode\":\"monthly_limit_exceeded\"",
                "monthly limit 50.00 would be exceeded: used 0.00 + order 50.01");
        assertThat(rejection(byPending)).contains("\"reasonCode\":\"reseller_not_active\"");
        assertThat(rejection(byNobody)).contains("\"reasonCode\":\"reseller_not_found\"");
        assertThat(rejection(freeOrder)).contains("\"reasonCode\":\"invalid_total\"");
        assertThat(rejection(fractional)).contains("\"reasonCode\":\"invalid_total\"");
        assertNothingStoredFor(reseller, limited, pastMonthly);
        assertThat(balance(suspended)).isEqualByComparingTo("0.00");
    }

    @Test
    void counts_the_monthly_usage_and_refuses_the_order_that_would_pass_the_limit() {
        UUID reseller = api.activeReseller("1000.00");
        UUID client = api.client(reseller, "100.00");

        listener.handle(envelope(resellerOrder(reseller, client, "60.00")));
        listener.handle(envelope(resellerOrder(reseller, client, "40.00")));
        OrderPlaced third = resellerOrder(reseller, client, "0.01");
        listener.handle(envelope(third));

        assertThat(usage(client)).isEqualByComparingTo("100.00");
        assertThat(balance(reseller)).isEqualByComparingTo("100.00");
        assertThat(rejection(third)).contains("monthly_limit_exceeded");
        assertThat(api.get("/api/clients/" + client).get("currentUsage").asString()).isEqualTo("100.00");
    }

    @Test
    void never_lets_parallel_orders_push_the_balance_past_the_limit() throws Exception {
        UUID reseller = api.activeReseller("1000.00");
        UUID client = api.client(reseller, "0.00");
        List<OrderPlaced> orders = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            orders.add(resellerOrder(reseller, client, "30.00"));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> calls = orders.stream().<Callable<Boolean>>map(order -> () -> {
            start.await();
            return listener.handle(envelope(order));
        }).toList();

        List<Future<Boolean>> results;
        try (ExecutorService threads = Executors.newFixedThreadPool(40)) {
            List<Future<Boolean>> submitted = calls.stream().map(threads::submit).toList();
            start.countDown();
            results = submitted;
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        }

        assertThat(balance(reseller)).isEqualByComparingTo("990.00");
        assertThat(usage(client)).isEqualByComparingTo("990.00");
        assertThat(count("select count(*) from credit_reservation where reseller_id = ?", reseller)).isEqualTo(33);
        assertThat(count("select count(*) from credit_entry where reseller_id = ? and kind = 'reservation'", reseller))
                .isEqualTo(33);
        assertThat(outboxCount("reseller.credit-reserved.v1", reseller)).isEqualTo(33);
        assertThat(outboxCount("reseller.credit-rejected.v1", reseller)).isEqualTo(7);
        assertBalanceIsTheSumOfItsEntries(reseller);
        // The ledger replays in write order: every entry's balance is the previous one plus its amount.
        assertThat(jdbc.queryForList("select balance_after from credit_entry where reseller_id = ? order by seq",
                BigDecimal.class, reseller)).extracting(BigDecimal::toPlainString)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 33)
                        .mapToObj(i -> new BigDecimal(30 * i).setScale(2).toPlainString()).toList());
    }

    @Test
    void applies_an_event_delivered_twice_only_once() {
        UUID reseller = api.activeReseller("1000.00");
        UUID client = api.client(reseller, "0.00");
        OrderPlaced order = resellerOrder(reseller, client, "25.00");
        EventEnvelope once = envelope(order);

        publish(once);
        publish(once);
        assertThat(listener.handle(once)).as("a third delivery, straight to the handler").isFalse();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                count("select count(*) from messaging.processed_event where event_id = ?", once.id())).isOne());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(balance(reseller)).isEqualByComparingTo("25.00");
            assertThat(usage(client)).isEqualByComparingTo("25.00");
            assertThat(count("select count(*) from credit_entry where reseller_id = ?", reseller)).isOne();
            assertThat(outboxCount("reseller.credit-reserved.v1", reseller)).isOne();
        });
    }

    @Test
    void reserves_an_order_once_even_when_it_comes_again_under_a_new_event_id() {
        UUID reseller = api.activeReseller("1000.00");
        OrderPlaced order = resellerOrder(reseller, null, "25.00");

        listener.handle(envelope(order));
        listener.handle(envelope(order));

        assertThat(balance(reseller)).isEqualByComparingTo("25.00");
        assertThat(outboxCount("reseller.credit-reserved.v1", reseller)).isOne();
        assertThat(outboxCount("reseller.credit-rejected.v1", reseller)).isZero();
    }

    @Test
    void releases_a_cancelled_order_once_and_gives_the_client_its_usage_back() {
        UUID reseller = api.activeReseller("1000.00");
        UUID client = api.client(reseller, "0.00");
        OrderPlaced order = resellerOrder(reseller, client, "40.00");
        listener.handle(envelope(order));
        listener.handle(envelope(resellerOrder(reseller, client, "10.00")));

        EventEnvelope cancel = envelope(SagaEvents.cancelled(order));
        publish(cancel);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(outboxCount("reseller.credit-released.v1", reseller)).isOne());
        publish(cancel);
        listener.handle(envelope(SagaEvents.cancelled(order)));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(balance(reseller)).isEqualByComparingTo("10.00");
            assertThat(usage(client)).isEqualByComparingTo("10.00");
            assertThat(count("select count(*) from credit_entry where reseller_id = ? and kind = 'release'", reseller))
                    .isOne();
            assertThat(outboxCount("reseller.credit-released.v1", reseller)).isOne();
        });
        assertThat(jdbc.queryForObject("select amount || ' ' || balance_after from credit_entry where order_id = ? "
                + "and kind = 'release'", String.class, order.orderId())).isEqualTo("-40.00 10.00");
        assertThat(jdbc.queryForObject("select status from credit_reservation where order_id = ?", String.class,
                order.orderId())).isEqualTo("released");
        assertBalanceIsTheSumOfItsEntries(reseller);
    }

    @Test
    void releases_nothing_for_a_rejected_order_and_ignores_other_status_changes_and_app_orders() {
        UUID reseller = api.activeReseller("20.00");
        OrderPlaced rejected = resellerOrder(reseller, null, "30.00");
        OrderPlaced reserved = resellerOrder(reseller, null, "20.00");
        listener.handle(envelope(rejected));
        listener.handle(envelope(reserved));

        assertThat(listener.handle(envelope(SagaEvents.cancelled(rejected)))).isTrue();
        assertThat(listener.handle(envelope(SagaEvents.confirmed(reserved)))).isFalse();
        assertThat(listener.handle(envelope(SagaEvents.appOrder(UUID.randomUUID(), "15.00")))).isFalse();

        assertThat(balance(reseller)).isEqualByComparingTo("20.00");
        assertThat(outboxCount("reseller.credit-released.v1", reseller)).isZero();
    }

    @Test
    void books_a_commission_once_and_lowers_what_the_reseller_owes() {
        UUID reseller = api.activeReseller("1000.00");
        OrderPlaced order = resellerOrder(reseller, null, "100.00");
        listener.handle(envelope(order));

        publish(envelope(SagaEvents.commission(order, "5.00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(balance(reseller)).isEqualByComparingTo("95.00"));
        listener.handle(envelope(SagaEvents.commission(order, "5.00")));

        assertThat(balance(reseller)).isEqualByComparingTo("95.00");
        assertThat(jdbc.queryForObject("select amount || ' ' || balance_after from credit_entry where order_id = ? "
                + "and kind = 'commission'", String.class, order.orderId())).isEqualTo("-5.00 95.00");
        assertBalanceIsTheSumOfItsEntries(reseller);
    }

    private void assertNothingStoredFor(UUID reseller, UUID client, OrderPlaced order) {
        assertThat(balance(reseller)).isEqualByComparingTo("0.00");
        assertThat(usage(client)).isEqualByComparingTo("0.00");
        assertThat(count("select count(*) from credit_entry where reseller_id = ?", reseller)).isZero();
        assertThat(count("select count(*) from credit_reservation where order_id = ?", order.orderId())).isZero();
        assertThat(outboxCount("reseller.credit-reserved.v1", reseller)).isZero();
    }

    private void assertBalanceIsTheSumOfItsEntries(UUID reseller) {
        assertThat(jdbc.queryForObject("select coalesce(sum(amount), 0) from credit_entry where reseller_id = ?",
                BigDecimal.class, reseller)).isEqualByComparingTo(balance(reseller));
    }

    private String rejection(OrderPlaced order) {
        return jdbc.queryForObject("select payload from messaging.outbox where event_type = "
                + "'reseller.credit-rejected.v1' and payload like ?", String.class, "%" + order.orderId() + "%");
    }

    private BigDecimal balance(UUID reseller) {
        return jdbc.queryForObject("select current_balance from reseller where id = ?", BigDecimal.class, reseller);
    }

    private BigDecimal usage(UUID client) {
        return jdbc.queryForObject("select current_usage from reseller_client where id = ?", BigDecimal.class, client);
    }

    private long outboxCount(String type, UUID reseller) {
        return count("select count(*) from messaging.outbox where event_type = ? and event_key = ?", type,
                reseller.toString());
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
