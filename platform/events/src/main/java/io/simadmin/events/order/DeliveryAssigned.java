package io.simadmin.events.order;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An order was handed to a courier or delivery partner (or its assignment changed).
 *
 * @param courier              the courier or partner's name
 * @param trackingNumber       the courier's tracking number
 * @param expectedDeliveryDate when the courier promises delivery, or null
 */
public record DeliveryAssigned(UUID orderId, String orderNumber, String courier, String trackingNumber,
                               LocalDate expectedDeliveryDate, Actor actor, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
