package io.simadmin.events.auth;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An admin account was invited, edited, had its role or active flag changed, was deleted, or had its password
 * changed or reset.
 *
 * @param change        {@code invited}, {@code updated}, {@code deleted}, {@code password_changed} or
 *                      {@code password_set}
 * @param changedFields API names of the fields that changed (e.g. {@code role}, {@code active})
 */
public record AdminChanged(UUID adminId, String email, String username, String role, boolean active, String change,
                           List<String> changedFields, Actor actor, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return adminId.toString();
    }
}
