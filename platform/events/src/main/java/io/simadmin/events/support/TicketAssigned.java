package io.simadmin.events.support;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket got a new assignee (an admin id from auth-service), or lost it ({@code assigneeId} null).
 */
public record TicketAssigned(UUID ticketId, String ticketNumber, UUID previousAssigneeId, UUID assigneeId,
                             Actor actor, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return ticketId.toString();
    }
}
