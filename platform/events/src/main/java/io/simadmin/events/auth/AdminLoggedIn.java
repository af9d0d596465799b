package io.simadmin.events.auth;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin signed in with a password. Carries who and from where for the activity feed; never a password or a
 * token.
 */
public record AdminLoggedIn(UUID adminId, String email, String role, boolean rememberMe, Actor actor,
                            Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return adminId.toString();
    }
}
