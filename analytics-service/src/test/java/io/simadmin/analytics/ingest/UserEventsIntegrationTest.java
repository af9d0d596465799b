package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.Activity;
import io.simadmin.analytics.metrics.DashboardMetrics;
import io.simadmin.analytics.support.EventsTestBase;
import io.simadmin.analytics.support.ResellerEventPublisher;
import io.simadmin.analytics.support.Users;
import io.simadmin.events.Topics;
import io.simadmin.test.KafkaTestConsumer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class UserEventsIntegrationTest extends EventsTestBase {

    @Test
    void a_registered_user_is_counted_as_pending_verification_and_shows_in_the_feed() {
        DashboardMetrics before = api.metrics();
        Users jane = Users.any("Jane Doe");

        UUID eventId = publisher.viaOutbox(jane.registered(now()));

        await().atMost(WITHIN).until(() -> api.metrics().totalUsers() == before.totalUsers() + 1);
        assertThat(api.metrics().usersByStatus().pendingVerification())
                .isEqualTo(before.usersByStatus().pendingVerification() + 1);
        Activity activity = awaitActivity("user", jane.id(), eventId);
        assertThat(activity.action()).isEqualTo("user.registered");
        assertThat(activity.description()).isEqualTo("User Jane Doe registered");
        assertThat(activity.userType()).isEqualTo("admin");
        assertThat(activity.subjectId()).isEqualTo(jane.id().toString());
    }

    @Test
    void blocking_a_user_moves_the_breakdown_and_tells_the_reason() {
        Users mallory = Users.any("Mallory Bad");
        awaitActivity("user", mallory.id(), publisher.viaOutbox(mallory.registered(now())));
        UUID verified = publisher.viaOutbox(mallory.statusChanged("pending_verification", "active", null,
                now().plusSeconds(1)));
        awaitActivity("user", mallory.id(), verified);
        DashboardMetrics before = api.metrics();

        UUID blocked = publisher.viaOutbox(mallory.statusChanged("active", "blocked", "chargeback fraud",
                now().plusSeconds(2)));

        assertThat(awaitActivity("user", mallory.id(), blocked).description())
                .isEqualTo("User Mallory Bad blocked: chargeback fraud");
        DashboardMetrics after = api.metrics();
        assertThat(after.usersByStatus().blocked()).isEqualTo(before.usersByStatus().blocked() + 1);
        assertThat(after.usersByStatus().active()).isEqualTo(before.usersByStatus().active() - 1);
        assertThat(after.totalUsers()).isEqualTo(before.totalUsers());
    }

    @Test
    void reading_an_id_document_is_audited_without_the_number() {
        Users jane = Users.any("Jane Roe");
        awaitActivity("user", jane.id(), publisher.viaOutbox(jane.registered(now())));
        UUID updated = publisher.viaOutbox(jane.updated("pending_verification", now().plusSeconds(1), "city",
                "idDocumentNumber"));
        UUID revealed = publisher.viaOutbox(jane.idDocumentRevealed(now().plusSeconds(2)));

        assertThat(awaitActivity("user", jane.id(), updated).description())
                .isEqualTo("User Jane Roe updated: city, ID document number");
        Activity audit = awaitActivity("user", jane.id(), revealed);
        assertThat(audit.action()).isEqualTo("user.pii-revealed");
        assertThat(audit.description()).isEqualTo("User Jane Roe's ID document number viewed by an admin");
        assertThat(audit.ipAddress()).isEqualTo("203.0.113.9");
    }

    @Test
    void the_same_user_event_delivered_twice_is_counted_once() {
        long before = api.metrics().totalUsers();
        Users twice = Users.any("Twice Seen");
        UUID eventId = UUID.randomUUID();

        publisher.raw(eventId, twice.registered(now()));
        publisher.raw(eventId, twice.registered(now()));
        UUID later = UUID.randomUUID();
        publisher.raw(later, twice.statusChanged("pending_verification", "active", null, now().plusSeconds(1)));
        awaitActivity("user", twice.id(), later);

        assertThat(api.metrics().totalUsers()).isEqualTo(before + 1);
        assertThat(api.activitiesAbout("user", twice.id())).extracting(Activity::eventId)
                .containsExactly(later, eventId);
        assertThat(processedCount(UserProjection.CONSUMER, eventId)).isEqualTo(1);
    }

    @Test
    void an_event_type_this_version_does_not_know_is_skipped_not_dead_lettered() {
        Users future = Users.any("Future Person");
        String key = future.id().toString();
        UUID unknown = UUID.randomUUID();
        publisher.send(Topics.USERS, key, "{\"userId\":\"" + key + "\"}",
                ResellerEventPublisher.cloudEventHeaders(unknown, "user.teleported.v1", key, now()));
        // Same key, same partition: once the registration is applied, the unknown record has been passed.
        UUID registered = UUID.randomUUID();
        publisher.raw(registered, future.registered(now()));

        awaitActivity("user", future.id(), registered);
        assertThat(processedCount(UserProjection.CONSUMER, unknown)).isZero();
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.subscribe(Topics.deadLetterOf(Topics.USERS))) {
            assertThat(deadLetters.findAfter(Duration.ofSeconds(3), r -> key.equals(r.key()))).isEmpty();
        }
    }
}
