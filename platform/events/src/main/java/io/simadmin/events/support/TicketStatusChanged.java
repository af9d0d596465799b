package io.simadmin.events.support;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket moved along its workflow (open, in_progress, resolved, closed). {@code note} is the staff member's
 * reason, for the activity feed (staff only); {@code resolvedAt} is the ticket's value after the move (null once
 * reopened).
 */
public record TicketStatusChanged(UUID ticketId, String ticketNumber, String previousStatus, String status,
                                  String note, Instant resolvedAt, UUID userId, UUID resellerId, Actor actor,
                                  Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return ticketId.toString();
    }
}
