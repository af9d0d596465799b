package io.simadmin.support.tickets;

import io.simadmin.events.Actor;
import io.simadmin.events.support.TicketAssigned;
import io.simadmin.events.support.TicketOpened;
import io.simadmin.events.support.TicketReplied;
import io.simadmin.events.support.TicketStatusChanged;
import io.simadmin.events.support.TicketUpdated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Builds the events that tell the suite what happened to a ticket. */
final class TicketEvents {

    private TicketEvents() {
    }

    static TicketOpened opened(Ticket ticket, Actor actor, Instant at) {
        TicketDetails d = ticket.details();
        return new TicketOpened(ticket.id(), ticket.ticketNumber(), d.subject(), d.priority().value(),
                ticket.status().value(), d.userId(), d.resellerId(), actor, at);
    }

    static TicketUpdated updated(Ticket ticket, List<String> changedFields, Actor actor, Instant at) {
        TicketDetails d = ticket.details();
        return new TicketUpdated(ticket.id(), ticket.ticketNumber(), List.copyOf(changedFields), d.subject(),
                d.priority().value(), d.userId(), d.resellerId(), actor, at);
    }

    static TicketAssigned assigned(Ticket ticket, UUID previous, Actor actor, Instant at) {
        return new TicketAssigned(ticket.id(), ticket.ticketNumber(), previous, ticket.assignedTo(), actor, at);
    }

    static TicketStatusChanged statusChanged(Ticket ticket, TicketStatus previous, String note, Actor actor,
                                             Instant at) {
        return new TicketStatusChanged(ticket.id(), ticket.ticketNumber(), previous.value(), ticket.status().value(),
                note, ticket.resolvedAt(), ticket.userId(), ticket.resellerId(), actor, at);
    }

    /** An internal note's text never leaves the service: the event says that a note was added, not what it says. */
    static TicketReplied replied(Ticket ticket, TicketReply reply, Actor actor) {
        return new TicketReplied(ticket.id(), ticket.ticketNumber(), reply.id(), reply.authorType(), reply.authorId(),
                reply.internal(), reply.internal() ? null : reply.body(), ticket.userId(), ticket.resellerId(), actor,
                reply.createdAt());
    }

    /** The API names of the fields whose values differ, in a stable order. */
    static List<String> changedFields(TicketDetails before, TicketDetails after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "subject", before.subject(), after.subject());
        compare(changed, "description", before.description(), after.description());
        compare(changed, "priority", before.priority(), after.priority());
        compare(changed, "userId", before.userId(), after.userId());
        compare(changed, "resellerId", before.resellerId(), after.resellerId());
        return changed;
    }

    private static void compare(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }
}
