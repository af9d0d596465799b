package io.simadmin.support.tickets;

import java.time.Instant;
import java.util.UUID;

/** A reply or internal note as the API shows it. */
public record ReplyResponse(UUID id, UUID ticketId, String authorType, String authorId, String authorName,
                            String body, boolean internal, Instant createdAt) {

    static ReplyResponse of(TicketReply reply) {
        return new ReplyResponse(reply.id(), reply.ticketId(), reply.authorType(), reply.authorId(),
                reply.authorName(), reply.body(), reply.internal(), reply.createdAt());
    }
}
