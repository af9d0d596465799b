package io.simadmin.events.user;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * @param changedFields the API names of the fields that changed (may include {@code idDocumentNumber}, whose value
 *                      is never carried), so consumers can ignore what they don't keep
 */
public record UserUpdated(UUID userId, UserSnapshot user, List<String> changedFields, Actor actor,
                          Instant occurredAt) implements DomainEvent {

    public UserUpdated {
        changedFields = List.copyOf(changedFields);
    }

    @Override
    public String aggregateId() {
        return userId.toString();
    }
}
