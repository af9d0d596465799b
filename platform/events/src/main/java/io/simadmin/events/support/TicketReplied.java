package io.simadmin.events.support;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone answered on a ticket. {@code body} is the public reply's text, so that notification-service can pass it
 * on to the customer; for an internal note it is always null: staff notes must not leave support-service.
 *
 * @param authorType {@code admin} or {@code reseller} (the {@link Actor} types)
 * @param authorId   the admin's id, or the reseller's id for partners
 * @param userId     the public user the ticket is about, or null (whom to notify)
 * @param resellerId the reseller the ticket is about, or null (whom to notify)
 */
public record TicketReplied(UUID ticketId, String ticketNumber, UUID replyId, String authorType, String authorId,
                            boolean internal, String body, UUID userId, UUID resellerId, Actor actor,
                            Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return ticketId.toString();
    }
}
