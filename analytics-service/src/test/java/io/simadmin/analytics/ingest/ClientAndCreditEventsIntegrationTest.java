package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.Activity;
import io.simadmin.analytics.metrics.DashboardMetrics;
import io.simadmin.analytics.reports.ResellerSummary;
import io.simadmin.analytics.support.Clients;
import io.simadmin.analytics.support.EventsTestBase;
import io.simadmin.analytics.support.Orders;
import io.simadmin.analytics.support.ResellerEventPublisher;
import io.simadmin.analytics.support.Resellers;
import io.simadmin.events.Topics;
import io.simadmin.test.KafkaTestConsumer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Client and credit events share simadmin.resellers with the reseller events, each with its own projection. */
class ClientAndCreditEventsIntegrationTest extends EventsTestBase {

    @Test
    void an_added_client_is_counted_for_the_dashboard_and_its_reseller() {
        Resellers star = registered("Star SIM");
        DashboardMetrics before = api.metrics();
        Clients acme = Clients.of(star, "Acme Mobile");

        UUID added = publisher.viaOutbox(acme.added("active", now()));

        Activity activity = awaitActivity("client", acme.id(), added);
        assertThat(activity.description()).isEqualTo("Client Acme Mobile of Reseller Star SIM added");
        assertThat(activity.action()).isEqualTo("reseller.client-added");
        DashboardMetrics after = api.metrics();
        assertThat(after.totalClients()).isEqualTo(before.totalClients() + 1);
        assertThat(after.clientsByStatus().active()).isEqualTo(before.clientsByStatus().active() + 1);
        ResellerSummary summary = api.resellerSummary(star.id());
        assertThat(summary.clientsCount()).isEqualTo(1);
        assertThat(summary.activeClients()).isEqualTo(1);
        assertThat(summary.businessName()).isEqualTo("Star SIM");
        assertThat(summary.lastActivityAt()).isEqualTo(activity.createdAt());
    }

    @Test
    void a_suspended_client_still_counts_but_not_as_active_and_the_feed_tells_why() {
        Resellers star = registered("Moon SIM");
        Clients acme = Clients.of(star, "Acme Mobile");
        awaitActivity("client", acme.id(), publisher.viaOutbox(acme.added("active", now())));
        DashboardMetrics before = api.metrics();

        UUID suspended = publisher.viaOutbox(acme.statusChanged("active", "suspended", "unpaid invoices",
                now().plusSeconds(1)));

        assertThat(awaitActivity("client", acme.id(), suspended).description())
                .isEqualTo("Client Acme Mobile of Reseller Moon SIM suspended: unpaid invoices");
        DashboardMetrics after = api.metrics();
        assertThat(after.totalClients()).isEqualTo(before.totalClients());
        assertThat(after.clientsByStatus().suspended()).isEqualTo(before.clientsByStatus().suspended() + 1);
        ResellerSummary summary = api.resellerSummary(star.id());
        assertThat(summary.clientsCount()).isEqualTo(1);
        assertThat(summary.activeClients()).isZero();
    }

    @Test
    void the_same_client_event_twice_counts_the_client_once() {
        Resellers star = registered("Dup SIM");
        Clients acme = Clients.of(star, "Dup Client");
        UUID eventId = UUID.randomUUID();

        publisher.raw(eventId, acme.added("active", now()));
        publisher.raw(eventId, acme.added("active", now()));
        UUID later = UUID.randomUUID();
        publisher.raw(later, acme.updated("active", now().plusSeconds(1), "planType", "monthlyLimit"));

        assertThat(awaitActivity("client", acme.id(), later).description())
                .isEqualTo("Client Dup Client of Reseller Dup SIM updated: plan type, monthly limit");
        assertThat(api.resellerSummary(star.id()).clientsCount()).isEqualTo(1);
        assertThat(api.activitiesAbout("client", acme.id())).extracting(Activity::eventId)
                .containsExactly(later, eventId);
        assertThat(processedCount(ClientProjection.CONSUMER, eventId)).isEqualTo(1);
    }

    @Test
    void the_credit_balance_is_the_newest_credit_events_balance_and_each_move_is_in_the_feed() {
        Resellers star = registered("Credit SIM");
        Orders order = Orders.any();
        Instant t = now();

        UUID reserved = publisher.viaOutbox(star.creditReserved(order, "30.00", "130.00", t));
        assertThat(awaitActivity("reseller", star.id(), reserved).description())
                .isEqualTo("Credit of 30.00 reserved for order " + order.number() + " of Reseller Credit SIM");
        assertThat(api.resellerSummary(star.id()).creditBalance()).isEqualByComparingTo("130.00");

        UUID released = publisher.viaOutbox(star.creditReleased(order, "30.00", "100.00", t.plusSeconds(1)));
        assertThat(awaitActivity("reseller", star.id(), released).description())
                .startsWith("Credit of 30.00 released from order ").endsWith(" of Reseller Credit SIM");
        assertThat(api.resellerSummary(star.id()).creditBalance()).isEqualByComparingTo("100.00");

        UUID adjusted = publisher.viaOutbox(star.creditAdjusted("-40.00", "60.00", "bank transfer received",
                t.plusSeconds(2)));
        Activity adjustment = awaitActivity("reseller", star.id(), adjusted);
        assertThat(adjustment.description())
                .isEqualTo("Credit of Reseller Credit SIM adjusted by -40.00 to a balance of 60.00: bank transfer received");
        assertThat(adjustment.userType()).isEqualTo("admin");

        UUID rejected = publisher.viaOutbox(star.creditRejected(Orders.any(), "990.00",
                "Credit limit 1000.00 would be exceeded", t.plusSeconds(3)));
        assertThat(awaitActivity("reseller", star.id(), rejected).description())
                .contains("refused").endsWith(": Credit limit 1000.00 would be exceeded");

        ResellerSummary summary = api.resellerSummary(star.id());
        assertThat(summary.creditBalance()).isEqualByComparingTo("60.00");
        assertThat(summary.revenue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(summary.lastActivityAt()).isEqualTo(t.plusSeconds(3));
    }

    @Test
    void an_older_credit_event_arriving_late_does_not_roll_the_balance_back() {
        Resellers star = registered("Late Credit SIM");
        Instant t = now();
        UUID newer = UUID.randomUUID();
        publisher.raw(newer, star.creditAdjusted("10.00", "210.00", "fee", t.plusSeconds(5)));
        awaitActivity("reseller", star.id(), newer);

        UUID older = UUID.randomUUID();
        publisher.raw(older, star.creditReserved(Orders.any(), "30.00", "200.00", t));
        awaitActivity("reseller", star.id(), older);

        assertThat(api.resellerSummary(star.id()).creditBalance()).isEqualByComparingTo("210.00");
    }

    @Test
    void an_event_type_no_projection_knows_is_passed_by_and_later_events_still_flow() {
        Resellers star = Resellers.any("Unknown Type SIM");
        String key = star.id().toString();
        UUID unknown = UUID.randomUUID();
        publisher.send(key, "{\"resellerId\":\"" + key + "\"}",
                ResellerEventPublisher.cloudEventHeaders(unknown, "reseller.merged.v1", key, now()));
        UUID registered = UUID.randomUUID();
        publisher.raw(registered, star.registered("active", now()));

        awaitActivity("reseller", star.id(), registered);
        assertThat(api.activitiesOf(star.id())).extracting(Activity::eventId).containsExactly(registered);
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.subscribe(Topics.deadLetterOf(Topics.RESELLERS))) {
            assertThat(deadLetters.findAfter(Duration.ofSeconds(3), r -> key.equals(r.key()))).isEmpty();
        }
    }

    private Resellers registered(String name) {
        Resellers reseller = Resellers.any(name);
        UUID eventId = publisher.viaOutbox(reseller.registered("active", now()));
        awaitActivity("reseller", reseller.id(), eventId);
        return reseller;
    }

}
