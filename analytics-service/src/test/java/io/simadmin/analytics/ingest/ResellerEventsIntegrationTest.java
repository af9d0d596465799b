package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.Activity;
import io.simadmin.analytics.metrics.DashboardMetrics;
import io.simadmin.analytics.support.AnalyticsApi;
import io.simadmin.analytics.support.AnalyticsIntegrationTest;
import io.simadmin.analytics.support.ResellerEventPublisher;
import io.simadmin.analytics.support.Resellers;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.test.KafkaTestConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AnalyticsIntegrationTest
class ResellerEventsIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    RestTestClient http;
    @Autowired
    Outbox outbox;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;

    AnalyticsApi api;
    ResellerEventPublisher publisher;

    @BeforeEach
    void setUp() {
        api = new AnalyticsApi(http);
        publisher = new ResellerEventPublisher(outbox, new TransactionTemplate(transactionManager));
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    @Test
    void a_registered_reseller_is_counted_and_shows_in_the_feed_within_seconds() {
        long before = api.totalResellers();
        Resellers acme = Resellers.any("Acme SIM");

        UUID eventId = publisher.viaOutbox(acme.registered("pending", now()));

        await().atMost(WITHIN).until(() -> api.totalResellers() == before + 1);
        Activity activity = awaitActivity(acme.id(), eventId);
        assertThat(activity.action()).isEqualTo("reseller.registered");
        assertThat(activity.description()).isEqualTo("Reseller Acme SIM registered");
        assertThat(activity.userType()).isEqualTo("admin");
        assertThat(activity.ipAddress()).isEqualTo("203.0.113.9");
        assertThat(activity.userAgent()).isEqualTo("integration-test");
        assertThat(activity.subjectType()).isEqualTo("reseller");
        assertThat(activity.subjectId()).isEqualTo(acme.id().toString());
    }

    @Test
    void the_same_event_delivered_twice_is_counted_once() {
        long before = api.totalResellers();
        Resellers twice = Resellers.any("Twice Telecom");
        UUID eventId = UUID.randomUUID();

        publisher.raw(eventId, twice.registered("active", now()));
        publisher.raw(eventId, twice.registered("active", now()));
        // Same key, same partition: once this later event is applied, both copies have been through.
        UUID later = UUID.randomUUID();
        publisher.raw(later, twice.statusChanged("active", "suspended", "audit", now().plusSeconds(1)));
        awaitActivity(twice.id(), later);

        assertThat(api.totalResellers()).isEqualTo(before + 1);
        assertThat(api.activitiesOf(twice.id())).extracting(Activity::eventId).containsExactly(later, eventId);
        assertThat(jdbc.sql("select count(*) from messaging.processed_event where consumer = ? and event_id = ?")
                .params(ResellerEventsListener.CONSUMER, eventId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_removed_reseller_no_longer_counts() {
        Resellers gone = Resellers.any("Gone Mobile");
        long before = api.totalResellers();
        publisher.viaOutbox(gone.registered("active", now()));
        await().atMost(WITHIN).until(() -> api.totalResellers() == before + 1);

        UUID removal = publisher.viaOutbox(gone.removed(now().plusSeconds(1)));

        await().atMost(WITHIN).until(() -> api.totalResellers() == before);
        assertThat(awaitActivity(gone.id(), removal).description()).isEqualTo("Reseller Gone Mobile deleted");
    }

    @Test
    void a_suspension_moves_the_breakdown_and_tells_the_reason() {
        Resellers late = Resellers.any("Late Payer SIM");
        UUID registration = publisher.viaOutbox(late.registered("active", now()));
        awaitActivity(late.id(), registration);
        DashboardMetrics before = api.metrics();

        UUID suspension = publisher.viaOutbox(late.statusChanged("active", "suspended", "unpaid invoices",
                now().plusSeconds(1)));

        Activity activity = awaitActivity(late.id(), suspension);
        assertThat(activity.action()).isEqualTo("reseller.status-changed");
        assertThat(activity.description()).isEqualTo("Reseller Late Payer SIM suspended: unpaid invoices");
        DashboardMetrics after = api.metrics();
        assertThat(after.totalResellers()).isEqualTo(before.totalResellers());
        assertThat(after.resellersByStatus().suspended()).isEqualTo(before.resellersByStatus().suspended() + 1);
        assertThat(after.resellersByStatus().active()).isEqualTo(before.resellersByStatus().active() - 1);
    }

    @Test
    void an_update_replayed_before_its_registration_keeps_the_newer_state_and_counts_once() {
        DashboardMetrics before = api.metrics();
        Resellers renamed = Resellers.any("Renamed SIM");
        Instant registeredAt = now();
        Resellers oldName = new Resellers(renamed.id(), "Old Name SIM");

        publisher.raw(UUID.randomUUID(), renamed.updated("active", registeredAt.plusSeconds(5), "businessName", "status"));
        UUID registration = UUID.randomUUID();
        publisher.raw(registration, oldName.registered("pending", registeredAt));
        awaitActivity(renamed.id(), registration);

        DashboardMetrics after = api.metrics();
        assertThat(after.totalResellers()).isEqualTo(before.totalResellers() + 1);
        assertThat(after.resellersByStatus().active()).isEqualTo(before.resellersByStatus().active() + 1);
        assertThat(after.resellersByStatus().pending()).isEqualTo(before.resellersByStatus().pending());
        var row = jdbc.sql("select business_name, status, registered_at from reseller_view where reseller_id = ?")
                .param(renamed.id()).query().singleRow();
        assertThat(row.get("business_name")).isEqualTo("Renamed SIM");
        assertThat(row.get("status")).isEqualTo("active");
        assertThat(row.get("registered_at")).isNotNull();
    }

    @Test
    void a_removal_replayed_before_its_registration_stays_removed() {
        long before = api.totalResellers();
        Resellers ghost = Resellers.any("Ghost SIM");
        Instant registeredAt = now();

        publisher.raw(UUID.randomUUID(), ghost.removed(registeredAt.plusSeconds(10)));
        UUID registration = UUID.randomUUID();
        publisher.raw(registration, ghost.registered("active", registeredAt));
        awaitActivity(ghost.id(), registration);

        assertThat(api.totalResellers()).isEqualTo(before);
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_later_events_still_flow() {
        String untyped = "untyped-" + UUID.randomUUID();
        Map<String, String> noType = ResellerEventPublisher.cloudEventHeaders(UUID.randomUUID(),
                "reseller.registered.v1", untyped, now());
        noType.remove(EventHeaders.TYPE);
        publisher.send(untyped, "{}", noType);
        String garbage = "garbage-" + UUID.randomUUID();
        publisher.send(garbage, "{not json", ResellerEventPublisher.cloudEventHeaders(UUID.randomUUID(),
                "reseller.registered.v1", garbage, now()));

        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.subscribe(Topics.deadLetterOf(Topics.RESELLERS))) {
            List<ConsumerRecord<String, String>> dead = deadLetters.awaitCount(
                    r -> untyped.equals(r.key()) || garbage.equals(r.key()), 2, WITHIN);
            assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(untyped, garbage);
        }

        long before = api.totalResellers();
        Resellers after = Resellers.any("After The Storm SIM");
        publisher.viaOutbox(after.registered("pending", now()));
        await().atMost(WITHIN).until(() -> api.totalResellers() == before + 1);
    }

    @Test
    void an_event_that_names_no_reseller_is_dead_lettered_without_touching_the_read_model() {
        String key = "nameless-" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        publisher.send(key, "{\"businessName\":\"Nobody\",\"status\":\"active\"}",
                ResellerEventPublisher.cloudEventHeaders(eventId, "reseller.status-changed.v1", key, now()));

        KafkaTestConsumer.awaitRecord(Topics.deadLetterOf(Topics.RESELLERS), r -> key.equals(r.key()), WITHIN);
        assertThat(jdbc.sql("select count(*) from activity_log where event_id = ?").param(eventId)
                .query(Long.class).single()).isZero();
    }

    private Activity awaitActivity(UUID resellerId, UUID eventId) {
        return await().atMost(WITHIN).until(
                () -> api.activitiesOf(resellerId).stream().filter(a -> a.eventId().equals(eventId)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
