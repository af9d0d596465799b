package io.simadmin.messaging.outbox;

import io.simadmin.events.Actor;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.messaging.MessagingTestApp;
import io.simadmin.messaging.consumer.InboundEvents;
import io.simadmin.test.KafkaTestConsumer;
import io.simadmin.test.SharedInfrastructureInitializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = MessagingTestApp.class, properties = "spring.application.name=messaging-test")
@ContextConfiguration(initializers = SharedInfrastructureInitializer.class)
class OutboxRelayIntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private ResellerStatusChanged event(UUID resellerId, String reason) {
        return new ResellerStatusChanged(resellerId, "Acme", "pending", "active", reason,
                new Actor(Actor.ADMIN, "7", "198.51.100.4", "test"), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void sends_a_committed_event_as_a_cloudevent_and_deletes_its_row_once_kafka_acknowledged_it() {
        UUID resellerId = UUID.randomUUID();
        ResellerStatusChanged event = event(resellerId, "vetted");

        UUID eventId = new TransactionTemplate(transactions).execute(status -> outbox.append(event));

        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.RESELLERS,
                r -> resellerId.toString().equals(r.key()), Duration.ofSeconds(20));
        EventEnvelope envelope = InboundEvents.read(record);
        assertThat(envelope.id()).isEqualTo(eventId);
        assertThat(envelope.type()).isEqualTo("reseller.status-changed.v1");
        assertThat(envelope.source()).isEqualTo("/messaging-test");
        assertThat(envelope.subject()).isEqualTo(resellerId.toString());
        assertThat(envelope.payload()).isEqualTo(event);
        assertThat(new String(record.headers().lastHeader(EventHeaders.SPEC_VERSION).value(), StandardCharsets.UTF_8))
                .isEqualTo("1.0");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from messaging.outbox where event_id = ?", Long.class, eventId)).isZero());
    }

    @Test
    void keeps_nothing_of_an_event_whose_transaction_rolled_back() {
        UUID resellerId = UUID.randomUUID();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.append(event(resellerId, "rolled back"));
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from messaging.outbox where event_key = ?", Long.class,
                resellerId.toString())).isZero();
    }

    @Autowired
    OutboxRelay relay;

    @Test
    void stops_promptly_so_that_a_service_shuts_down_fast() {
        long started = System.nanoTime();

        relay.stop();
        long stoppedMillis = (System.nanoTime() - started) / 1_000_000;
        relay.start();

        assertThat(stoppedMillis).isLessThan(2_000);
    }

    @Test
    void refuses_to_append_outside_a_transaction() {
        assertThatThrownBy(() -> outbox.append(event(UUID.randomUUID(), "no tx")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
    }

    @Test
    void keeps_the_order_of_one_aggregate_events() {
        UUID resellerId = UUID.randomUUID();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (int i = 0; i < 5; i++) {
            String reason = "step-" + i;
            tx.executeWithoutResult(status -> outbox.append(event(resellerId, reason)));
        }

        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(Topics.RESELLERS)) {
            consumer.await(r -> resellerId.toString().equals(r.key()) && r.value().contains("step-4"),
                    Duration.ofSeconds(20));
            assertThat(consumer.received().stream().filter(r -> resellerId.toString().equals(r.key()))
                    .map(r -> r.value().replaceAll(".*\"reason\":\"(step-\\d)\".*", "$1")))
                    .containsExactly("step-0", "step-1", "step-2", "step-3", "step-4");
        }
    }

    @Autowired
    Producer<String, String> producer;

    @Test
    void a_busy_relay_sends_events_committed_while_it_lingers_in_one_batch() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay lingering = relay(Duration.ofSeconds(30), Duration.ofSeconds(1), meters);
        UUID resellerId = UUID.randomUUID();
        relay.stop();
        try {
            // Two events waiting when it starts: its first batch carries several, so it is busy.
            append(resellerId, "waiting-0");
            append(resellerId, "waiting-1");
            lingering.start();
            awaitSent(resellerId, 2);

            for (int i = 0; i < 3; i++) {
                append(resellerId, "lingered-" + i);
                // The outbox wakes the context's relay, stopped here; this one is woken by hand, as a commit would.
                lingering.wakeUp();
            }

            awaitSent(resellerId, 5);
            assertThat(jdbc.queryForObject("select count(distinct sent_at) from messaging.outbox where event_key = ? "
                    + "and payload like '%lingered-%'", Long.class, resellerId.toString())).isOne();
            assertThat(meters.get("simadmin.outbox.relay.batch").summary().max()).isGreaterThanOrEqualTo(3);
        } finally {
            lingering.stop();
            relay.start();
        }
    }

    @Test
    void a_quiet_relay_sends_a_lone_event_at_once_without_lingering() {
        OutboxRelay lingering = relay(Duration.ofMillis(100), Duration.ofSeconds(10), new SimpleMeterRegistry());
        UUID resellerId = UUID.randomUUID();
        relay.stop();
        lingering.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select count(*) from messaging.outbox where sent_at is null", Long.class) == 0);
            // A few empty polls (100 ms apart) make it quiet, whatever it found waiting when it started.
            await().pollDelay(Duration.ofMillis(400)).until(() -> true);

            append(resellerId, "alone");
            lingering.wakeUp();

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(sentCount(resellerId)).isOne());
        } finally {
            lingering.stop();
            relay.start();
        }
    }

    @Test
    void a_relay_that_deletes_sent_rows_purges_those_a_relay_that_kept_them_left_behind() {
        UUID resellerId = UUID.randomUUID();
        relay.stop();
        OutboxRelay deleting = new OutboxRelay(jdbc, new TransactionTemplate(transactions), producer,
                new OutboxRelaySettings(200, Duration.ofMillis(100), Duration.ofSeconds(10), Duration.ZERO,
                        Duration.ZERO), new SimpleMeterRegistry());
        try {
            append(resellerId, "kept-0");
            append(resellerId, "kept-1");
            jdbc.update("update messaging.outbox set sent_at = now() - interval '1 hour' where event_key = ?",
                    resellerId.toString());

            deleting.start();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "select count(*) from messaging.outbox where event_key = ?", Long.class, resellerId.toString()))
                    .isZero());
        } finally {
            deleting.stop();
            relay.start();
        }
    }

    /** A relay that keeps sent rows (stamped sent_at), so that the tests can count what it sent. */
    private OutboxRelay relay(Duration pollInterval, Duration linger, SimpleMeterRegistry meters) {
        return new OutboxRelay(jdbc, new TransactionTemplate(transactions), producer,
                new OutboxRelaySettings(200, pollInterval, Duration.ofSeconds(10), linger, Duration.ofDays(7)), meters);
    }

    private void append(UUID resellerId, String reason) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.append(event(resellerId, reason)));
    }

    private long sentCount(UUID resellerId) {
        return jdbc.queryForObject("select count(*) from messaging.outbox where event_key = ? and sent_at is not null",
                Long.class, resellerId.toString());
    }

    private void awaitSent(UUID resellerId, long count) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sentCount(resellerId)).isEqualTo(count));
    }
}
