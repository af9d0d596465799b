package io.simadmin.events.reseller;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A reseller was deleted by an admin. It no longer counts anywhere; {@code purged} says whether its row is
 * gone (it had no history) or kept as a soft-deleted record for the history that refers to it.
 */
public record ResellerRemoved(UUID resellerId, String businessName, boolean purged, Actor actor, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return resellerId.toString();
    }
}
