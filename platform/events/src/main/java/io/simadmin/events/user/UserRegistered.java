package io.simadmin.events.user;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** A public (app) user was registered; it starts {@code pending_verification}. */
public record UserRegistered(UUID userId, UserSnapshot user, Actor actor, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return userId.toString();
    }
}
