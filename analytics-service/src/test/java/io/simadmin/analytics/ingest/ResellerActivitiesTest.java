package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityEntry;
import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.events.reseller.ResellerSnapshot;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.events.reseller.ResellerUpdated;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ResellerActivitiesTest {

    private static final UUID RESELLER = UUID.fromString("01900000-0000-7000-8000-000000000001");
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");
    private static final Actor ADMIN = new Actor(Actor.ADMIN, "42", "203.0.113.7", "Mozilla/5.0");

    @Test
    void registration_reads_as_reseller_registered() {
        assertThat(ResellerActivities.describe(new ResellerRegistered(RESELLER, snapshot("Acme SIM", "pending"), ADMIN, AT)))
                .isEqualTo("Reseller Acme SIM registered");
    }

    @Test
    void suspension_gives_the_reason() {
        assertThat(ResellerActivities.describe(statusChange("active", "suspended", "unpaid invoices")))
                .isEqualTo("Reseller Acme SIM suspended: unpaid invoices");
    }

    @Test
    void suspension_without_reason_ends_at_the_verb() {
        assertThat(ResellerActivities.describe(statusChange("active", "suspended", "  ")))
                .isEqualTo("Reseller Acme SIM suspended");
    }

    @Test
    void first_activation_and_reactivation_read_differently() {
        assertThat(ResellerActivities.describe(statusChange("pending", "active", null)))
                .isEqualTo("Reseller Acme SIM activated");
        assertThat(ResellerActivities.describe(statusChange("suspended", "active", "paid")))
                .isEqualTo("Reseller Acme SIM reactivated: paid");
    }

    @Test
    void back_to_pending_and_unknown_statuses_are_still_plain_words() {
        assertThat(ResellerActivities.describe(statusChange("active", "pending", null)))
                .isEqualTo("Reseller Acme SIM set to pending");
        assertThat(ResellerActivities.describe(statusChange("active", "archived", null)))
                .isEqualTo("Reseller Acme SIM status changed from active to archived");
    }

    @Test
    void update_lists_the_changed_fields_as_words() {
        ResellerUpdated updated = new ResellerUpdated(RESELLER, snapshot("Acme SIM", "active"),
                List.of("businessName", "email", "creditLimit"), ADMIN, AT);
        assertThat(ResellerActivities.describe(updated))
                .isEqualTo("Reseller Acme SIM updated: business name, email, credit limit");
    }

    @Test
    void update_without_changed_fields_just_says_updated() {
        ResellerUpdated updated = new ResellerUpdated(RESELLER, snapshot("Acme SIM", "active"), List.of(), ADMIN, AT);
        assertThat(ResellerActivities.describe(updated)).isEqualTo("Reseller Acme SIM updated");
    }

    @Test
    void removal_reads_as_deleted() {
        assertThat(ResellerActivities.describe(new ResellerRemoved(RESELLER, "Acme SIM", false, ADMIN, AT)))
                .isEqualTo("Reseller Acme SIM deleted");
    }

    @Test
    void a_reseller_without_a_name_is_named_by_its_id() {
        assertThat(ResellerActivities.describe(new ResellerRemoved(RESELLER, " ", true, ADMIN, AT)))
                .isEqualTo("Reseller " + RESELLER + " deleted");
    }

    @Test
    void entry_carries_actor_subject_action_and_time_of_the_event() {
        ResellerStatusChanged event = statusChange("active", "suspended", "fraud check");
        EventEnvelope envelope = envelope(event);

        ActivityEntry entry = ResellerActivities.entryFor(envelope).orElseThrow();

        assertThat(entry.eventId()).isEqualTo(envelope.id());
        assertThat(entry.action()).isEqualTo("reseller.status-changed");
        assertThat(entry.actorType()).isEqualTo("admin");
        assertThat(entry.actorId()).isEqualTo("42");
        assertThat(entry.ipAddress()).isEqualTo("203.0.113.7");
        assertThat(entry.userAgent()).isEqualTo("Mozilla/5.0");
        assertThat(entry.subjectType()).isEqualTo("reseller");
        assertThat(entry.subjectId()).isEqualTo(RESELLER.toString());
        assertThat(entry.occurredAt()).isEqualTo(AT);
        assertThat(entry.description()).isEqualTo("Reseller Acme SIM suspended: fraud check");
    }

    @Test
    void an_event_without_actor_is_attributed_to_the_system() {
        ActivityEntry entry = ResellerActivities.entryFor(
                envelope(new ResellerRegistered(RESELLER, snapshot("Acme SIM", "pending"), null, AT))).orElseThrow();

        assertThat(entry.actorType()).isEqualTo("system");
        assertThat(entry.actorId()).isNull();
        assertThat(entry.ipAddress()).isNull();
    }

    @Test
    void an_event_without_its_own_time_takes_the_envelope_time() {
        Instant envelopeTime = Instant.parse("2026-03-02T00:00:00Z");
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "reseller.removed.v1", "/reseller-service",
                envelopeTime, RESELLER.toString(), null, new ResellerRemoved(RESELLER, "Acme SIM", false, ADMIN, null));

        assertThat(ResellerActivities.entryFor(envelope).orElseThrow().occurredAt()).isEqualTo(envelopeTime);
    }

    @Test
    void action_drops_the_version_of_the_event_type() {
        assertThat(ResellerActivities.action("reseller.registered.v1")).isEqualTo("reseller.registered");
        assertThat(ResellerActivities.action("reseller.status-changed.v12")).isEqualTo("reseller.status-changed");
    }

    private static ResellerStatusChanged statusChange(String from, String to, String reason) {
        return new ResellerStatusChanged(RESELLER, "Acme SIM", from, to, reason, ADMIN, AT);
    }

    private static ResellerSnapshot snapshot(String name, String status) {
        return new ResellerSnapshot(name, "Ann Lee", "ann@acme.test", "+15550100", "Austin", "TX", "US", status,
                new BigDecimal("1000.00"), new BigDecimal("5.00"));
    }

    private static EventEnvelope envelope(DomainEvent event) {
        return new EventEnvelope(UUID.randomUUID(), EventCatalog.of(event.getClass()).type(), "/reseller-service",
                AT, event.aggregateId(), null, event);
    }
}
