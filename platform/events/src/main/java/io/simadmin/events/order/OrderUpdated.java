package io.simadmin.events.order;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order's editable details changed (delivery address, notes). Prices never change after placement.
 *
 * @param changedFields the JSON names of the fields that changed, e.g. {@code deliveryAddress}
 */
public record OrderUpdated(UUID orderId, String orderNumber, List<String> changedFields, Actor actor,
                           Instant occurredAt) implements DomainEvent {

    public OrderUpdated {
        changedFields = List.copyOf(changedFields);
    }

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
