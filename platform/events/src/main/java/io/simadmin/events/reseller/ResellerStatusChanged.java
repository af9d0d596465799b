package io.simadmin.events.reseller;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** A reseller became active, suspended or pending. Suspension blocks new orders of its clients. */
public record ResellerStatusChanged(UUID resellerId, String businessName, String previousStatus, String status,
                                    String reason, Actor actor, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return resellerId.toString();
    }
}
