package io.simadmin.support.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ticket as the API shows it. A single ticket comes with its {@code replies} (oldest first; internal notes
 * only for staff); lists leave them out. {@code version} goes back in PUT/PATCH bodies (or as If-Match).
 */
public record TicketResponse(UUID id, String ticketNumber, String subject, String description,
                             TicketPriority priority, TicketStatus status, UUID userId, UUID resellerId,
                             UUID assignedTo, String openedByType, String openedById, Instant createdAt,
                             Instant updatedAt, Instant resolvedAt, Instant lastReplyAt, long version,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<ReplyResponse> replies) {

    static TicketResponse of(Ticket ticket) {
        return of(ticket, null);
    }

    static TicketResponse of(Ticket ticket, List<ReplyResponse> replies) {
        TicketDetails d = ticket.details();
        return new TicketResponse(ticket.id(), ticket.ticketNumber(), d.subject(), d.description(), d.priority(),
                ticket.status(), d.userId(), d.resellerId(), ticket.assignedTo(), ticket.openedByType(),
                ticket.openedById(), ticket.createdAt(), ticket.updatedAt(), ticket.resolvedAt(),
                ticket.lastReplyAt(), ticket.version(), replies);
    }
}
