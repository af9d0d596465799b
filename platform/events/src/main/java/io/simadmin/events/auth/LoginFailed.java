package io.simadmin.events.auth;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A sign-in or a token refresh was refused. {@code adminId} is null when the login named no known admin (the
 * attempted login itself is not recorded: people type passwords into the wrong field).
 *
 * @param reason {@code bad_credentials}, {@code locked}, {@code rate_limited} or {@code refresh_token_reuse}
 * @param lockedUntil when the account (or login) accepts attempts again, if this failure locked it
 */
public record LoginFailed(UUID adminId, String reason, int failedAttempts, Instant lockedUntil, Actor actor,
                          Instant occurredAt) implements DomainEvent {

    /** Key of failures that name no known admin: they have no aggregate of their own. */
    public static final String UNKNOWN_ADMIN_KEY = "unknown";

    @Override
    public String aggregateId() {
        return adminId == null ? UNKNOWN_ADMIN_KEY : adminId.toString();
    }
}
