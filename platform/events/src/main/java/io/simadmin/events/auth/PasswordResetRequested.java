package io.simadmin.events.auth;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A password reset (or, for an invited admin, a set-password link) was sent to a known admin. Requests for unknown
 * emails publish nothing. Never carries the link or its token.
 *
 * @param purpose {@code reset} or {@code invite}
 */
public record PasswordResetRequested(UUID adminId, String email, String purpose, Instant expiresAt, Actor actor,
                                     Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return adminId.toString();
    }
}
