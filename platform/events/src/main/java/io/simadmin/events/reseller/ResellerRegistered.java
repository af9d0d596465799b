package io.simadmin.events.reseller;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

public record ResellerRegistered(UUID resellerId, ResellerSnapshot reseller, Actor actor, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return resellerId.toString();
    }
}
