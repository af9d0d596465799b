package io.simadmin.support.tickets;

import io.simadmin.web.persistence.AssignedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One answer on a ticket: a public reply the customer sees, or an internal note only staff see. Replies are
 * never edited or deleted, so the thread stays a faithful record. Attachments come later.
 */
@Entity
@Table(name = "ticket_reply")
public class TicketReply extends AssignedIdEntity {

    @Id
    private UUID id;
    private UUID ticketId;
    private String authorType;
    private String authorId;
    private String authorName;
    private String body;
    private boolean internal;
    private Instant createdAt;

    protected TicketReply() {
    }

    TicketReply(UUID id, UUID ticketId, TicketAuthor author, String body, boolean internal, Instant now) {
        this.id = id;
        this.ticketId = ticketId;
        this.authorType = author.type();
        this.authorId = author.id();
        this.authorName = author.name();
        this.body = body;
        this.internal = internal;
        this.createdAt = now;
    }

    @Override
    public UUID id() { return id; }
    public UUID ticketId() { return ticketId; }
    public String authorType() { return authorType; }
    public String authorId() { return authorId; }
    public String authorName() { return authorName; }
    public String body() { return body; }
    public boolean internal() { return internal; }
    public Instant createdAt() { return createdAt; }
}
