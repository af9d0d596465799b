package io.simadmin.events.user;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone read a user's personal data in clear (the audit trail of PII access). It names who ({@code actor}),
 * whose data and which field, never the value.
 *
 * @param field the API name of the revealed field, e.g. {@code idDocumentNumber}
 */
public record UserPiiRevealed(UUID userId, String field, Actor actor, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return userId.toString();
    }
}
