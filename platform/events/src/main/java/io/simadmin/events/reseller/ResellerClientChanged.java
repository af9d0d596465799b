package io.simadmin.events.reseller;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reseller's client changed: its details, its monthly limit or its status (then {@code previousStatus} differs
 * from {@code client.status()}; an inactive or suspended client gets no new orders).
 *
 * @param changedFields the API names of the fields that changed, e.g. {@code ["status"]}
 * @param reason        why, for status changes, or null
 */
public record ResellerClientChanged(UUID clientId, UUID resellerId, ResellerClientSnapshot client,
                                    List<String> changedFields, String previousStatus, String reason, Actor actor,
                                    Instant occurredAt) implements DomainEvent {

    public ResellerClientChanged {
        changedFields = List.copyOf(changedFields);
    }

    @Override
    public String aggregateId() {
        return clientId.toString();
    }
}
