package io.simadmin.events.support;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Staff edited a ticket's details (subject, description, priority, or whom it is about). {@code changedFields}
 * names the API fields that changed; the description's text is not carried (see {@link TicketOpened}).
 */
public record TicketUpdated(UUID ticketId, String ticketNumber, List<String> changedFields, String subject,
                            String priority, UUID userId, UUID resellerId, Actor actor, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ticketId.toString();
    }
}
