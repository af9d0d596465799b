package io.simadmin.events.support;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A support ticket was opened (by staff on someone's behalf, or by a partner for its reseller). The description
 * stays in support-service: consumers get the subject and who the ticket is about, enough for the activity feed
 * and notifications, without copying free text that may hold personal data.
 *
 * @param userId     the public user the ticket is about, or null
 * @param resellerId the reseller the ticket is about, or null
 */
public record TicketOpened(UUID ticketId, String ticketNumber, String subject, String priority, String status,
                           UUID userId, UUID resellerId, Actor actor, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return ticketId.toString();
    }
}
