package io.simadmin.events.reseller;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** A reseller (through its API) or an admin added a client under a reseller. */
public record ResellerClientAdded(UUID clientId, UUID resellerId, ResellerClientSnapshot client, Actor actor,
                                  Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return clientId.toString();
    }
}
