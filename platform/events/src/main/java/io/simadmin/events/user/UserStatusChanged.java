package io.simadmin.events.user;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** A user became active, blocked or pending verification. A blocked user may place no new orders. */
public record UserStatusChanged(UUID userId, String fullName, String previousStatus, String status, String reason,
                                Actor actor, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return userId.toString();
    }
}
