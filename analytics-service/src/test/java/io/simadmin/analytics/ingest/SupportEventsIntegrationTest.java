package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.Activity;
import io.simadmin.analytics.support.EventsTestBase;
import io.simadmin.analytics.support.Resellers;
import io.simadmin.analytics.support.Tickets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SupportEventsIntegrationTest extends EventsTestBase {

    @Test
    void a_tickets_life_reads_in_the_feed_without_any_reply_text() {
        Resellers star = Resellers.any("Ticket SIM");
        awaitActivity("reseller", star.id(), publisher.viaOutbox(star.registered("active", now())));
        Tickets ticket = Tickets.aboutReseller(star.id());
        UUID admin = UUID.randomUUID();
        Instant t = now();

        UUID opened = publisher.viaOutbox(ticket.opened("SIM not activating", t));
        UUID assigned = publisher.viaOutbox(ticket.assigned(admin, t.plusSeconds(1)));
        UUID note = publisher.viaOutbox(ticket.replied(true, null, t.plusSeconds(2)));
        UUID answer = publisher.viaOutbox(ticket.replied(false, "Dear Jane, your SIM 8944... is fine", t.plusSeconds(3)));
        UUID resolved = publisher.viaOutbox(ticket.statusChanged("in_progress", "resolved", "re-provisioned",
                t.plusSeconds(4)));

        assertThat(awaitActivity("ticket", ticket.id(), opened).description())
                .isEqualTo("Ticket " + ticket.number() + " opened: SIM not activating");
        assertThat(awaitActivity("ticket", ticket.id(), assigned).description())
                .isEqualTo("Ticket " + ticket.number() + " assigned to admin " + admin);
        assertThat(awaitActivity("ticket", ticket.id(), note).description())
                .isEqualTo("Internal note added to ticket " + ticket.number() + " by admin 7");
        Activity reply = awaitActivity("ticket", ticket.id(), answer);
        assertThat(reply.description()).isEqualTo("Ticket " + ticket.number() + " answered by admin 7")
                .doesNotContain("Jane").doesNotContain("8944");
        assertThat(awaitActivity("ticket", ticket.id(), resolved).description())
                .isEqualTo("Ticket " + ticket.number() + " resolved: re-provisioned");
        assertThat(reply.action()).isEqualTo("support.ticket-replied");
        assertThat(api.resellerSummary(star.id()).lastActivityAt()).isEqualTo(t.plusSeconds(4));
    }

    @Test
    void a_duplicate_ticket_event_makes_one_line() {
        Tickets ticket = Tickets.aboutReseller(null);
        UUID eventId = UUID.randomUUID();

        publisher.raw(eventId, ticket.opened("Twice", now()));
        publisher.raw(eventId, ticket.opened("Twice", now()));
        UUID later = UUID.randomUUID();
        publisher.raw(later, ticket.statusChanged("open", "in_progress", null, now().plusSeconds(1)));

        assertThat(awaitActivity("ticket", ticket.id(), later).description())
                .isEqualTo("Ticket " + ticket.number() + " in progress");
        assertThat(api.activitiesAbout("ticket", ticket.id())).extracting(Activity::eventId)
                .containsExactly(later, eventId);
        assertThat(processedCount(TicketProjection.CONSUMER, eventId)).isEqualTo(1);
    }
}
