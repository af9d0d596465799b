package io.simadmin.events.reseller;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** @param changedFields the API names of the fields that changed, so consumers can ignore what they don't keep */
public record ResellerUpdated(UUID resellerId, ResellerSnapshot reseller, List<String> changedFields, Actor actor,
                              Instant occurredAt) implements DomainEvent {

    public ResellerUpdated {
        changedFields = List.copyOf(changedFields);
    }

    @Override
    public String aggregateId() {
        return resellerId.toString();
    }
}
