package io.simadmin.analytics.support;

import io.simadmin.events.support.TicketAssigned;
import io.simadmin.events.support.TicketOpened;
import io.simadmin.events.support.TicketReplied;
import io.simadmin.events.support.TicketStatusChanged;

import java.time.Instant;
import java.util.UUID;

/** Ticket events as support-service writes them, for one ticket. */
public record Tickets(UUID id, String number, UUID userId, UUID resellerId) {

    public static Tickets aboutReseller(UUID resellerId) {
        return new Tickets(UUID.randomUUID(), "TCK-2026-" + (100000 + (int) (Math.random() * 900000)), null,
                resellerId);
    }

    public TicketOpened opened(String subject, Instant at) {
        return new TicketOpened(id, number, subject, "high", "open", userId, resellerId, Resellers.ADMIN, at);
    }

    public TicketAssigned assigned(UUID adminId, Instant at) {
        return new TicketAssigned(id, number, null, adminId, Resellers.ADMIN, at);
    }

    /** support-service never sends an internal note's body; a public reply's body it does. */
    public TicketReplied replied(boolean internal, String body, Instant at) {
        return new TicketReplied(id, number, UUID.randomUUID(), "admin", "7", internal, internal ? null : body,
                userId, resellerId, Resellers.ADMIN, at);
    }

    public TicketStatusChanged statusChanged(String from, String to, String note, Instant at) {
        return new TicketStatusChanged(id, number, from, to, note, "resolved".equals(to) ? at : null, userId,
                resellerId, Resellers.ADMIN, at);
    }
}
