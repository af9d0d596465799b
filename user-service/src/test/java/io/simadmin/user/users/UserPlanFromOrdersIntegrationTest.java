package io.simadmin.user.users;

import io.simadmin.events.Actor;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.EventJson;
import io.simadmin.events.Topics;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.messaging.consumer.InboundEvents;
import io.simadmin.test.KafkaTestConsumer;
import io.simadmin.test.SharedInfrastructure;
import io.simadmin.test.TestEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The users list's plan filter follows the user's latest app order, read from order-service's events. */
class UserPlanFromOrdersIntegrationTest extends UserIntegrationTestBase {

    @Test
    void the_plan_of_the_latest_order_becomes_the_users_plan_and_an_older_order_read_late_does_not_replace_it() {
        String name = "Plan Follower " + UUID.randomUUID().toString().substring(0, 8);
        UUID userId = UUID.fromString(registerId(UserFixtures.body(name)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        EventEnvelope first = order(userId, "Unlimited 30", now);
        TestEvents.publish(first);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(plan(userId)).isEqualTo("Unlimited 30"));

        TestEvents.publish(order(userId, "Starter 5", now.minusSeconds(60)));
        EventEnvelope newest = order(userId, "Data 50", now.plusSeconds(60));
        TestEvents.publish(newest);
        TestEvents.publish(newest);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(plan(userId)).isEqualTo("Data 50"));

        // A redelivered older event and an order as old as the newest move the plan neither back nor sideways.
        TestEvents.publish(first);
        TestEvents.publish(order(userId, "Starter 5", now.plusSeconds(60)));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(plan(userId)).isEqualTo("Data 50"));

        http.get().uri("/api/users/?plan=data 50&q=" + name).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(1)
                .jsonPath("$.content[0].currentPlan").isEqualTo("Data 50");
    }

    @Test
    void an_unreadable_record_is_dead_lettered_and_the_orders_around_it_in_the_poll_still_set_their_plans() {
        UUID before = UUID.fromString(registerId(UserFixtures.body("Plan Before " + suffix())));
        UUID after = UUID.fromString(registerId(UserFixtures.body("Plan After " + suffix())));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String unreadableId = UUID.randomUUID().toString();
        // One producer, one key, back to back: the three usually arrive in one poll. The listener must store the
        // plan read before the unreadable record, since the container keeps the records before it.
        String key = "poll-" + unreadableId;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record(key, UUID.randomUUID().toString(), now,
                    EventJson.write(order(before, "Weekly 7", now).payload())));
            producer.send(record(key, unreadableId, now, "{not json"));
            producer.send(record(key, UUID.randomUUID().toString(), now,
                    EventJson.write(order(after, "Monthly 30", now).payload())));
            producer.flush();
        }

        ConsumerRecord<String, String> dead = KafkaTestConsumer.awaitRecord(Topics.deadLetterOf(Topics.ORDERS),
                r -> unreadableId.equals(InboundEvents.header(r, EventHeaders.ID)), Duration.ofSeconds(30));
        assertThat(dead.value()).isEqualTo("{not json");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(plan(before)).isEqualTo("Weekly 7");
            assertThat(plan(after)).isEqualTo("Monthly 30");
        });
    }

    private static ProducerRecord<String, String> record(String key, String id, Instant at, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ORDERS, key, value);
        record.headers().add(EventHeaders.ID, id.getBytes(StandardCharsets.UTF_8))
                .add(EventHeaders.TYPE, "order.placed.v1".getBytes(StandardCharsets.UTF_8))
                .add(EventHeaders.SOURCE, "/order-service".getBytes(StandardCharsets.UTF_8))
                .add(EventHeaders.TIME, at.toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String plan(UUID userId) {
        return jdbc.queryForObject("select current_plan from public_user where id = ?", String.class, userId);
    }

    private static EventEnvelope order(UUID userId, String plan, Instant at) {
        UUID orderId = UUID.randomUUID();
        return TestEvents.envelope(new OrderPlaced(orderId, "ORD-2026-" + orderId.toString().substring(30),
                OrderPlaced.APP, userId, null, null, UUID.randomUUID(), plan, new BigDecimal("30.00"), "USD", "card",
                null, new Actor(Actor.PUBLIC_USER, userId.toString(), null, null), at), "/order-service");
    }
}
