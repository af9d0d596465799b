package io.simadmin.analytics.support;

import io.simadmin.events.Actor;
import io.simadmin.events.order.DeliveryAssigned;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;
import io.simadmin.events.order.OrderUpdated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Order events as order-service will write them, for one order. */
public record Orders(UUID id, String number) {

    public static Orders any() {
        return new Orders(UUID.randomUUID(), "ORD-2026-" + (100000 + (int) (Math.random() * 900000)));
    }

    public OrderPlaced placedInApp(UUID userId, Instant at) {
        return placedInApp(userId, "5 GB Monthly", "30.00", at);
    }

    public OrderPlaced placedInApp(UUID userId, String planName, String total, Instant at) {
        return new OrderPlaced(id, number, OrderPlaced.APP, userId, null, null, UUID.randomUUID(), planName,
                new BigDecimal(total), "USD", "card", null, new Actor(Actor.PUBLIC_USER, userId.toString(), null, null), at);
    }

    public OrderPlaced placedByReseller(Clients client, Instant at) {
        return placedByReseller(client, "5 GB Monthly", "30.00", at);
    }

    public OrderPlaced placedByReseller(Clients client, String planName, String total, Instant at) {
        return new OrderPlaced(id, number, OrderPlaced.RESELLER, null, client.resellerId(), client.id(),
                UUID.randomUUID(), planName, new BigDecimal(total), "USD", "reseller_credit", null,
                new Actor(Actor.RESELLER, client.resellerId().toString(), null, null), at);
    }

    public OrderUpdated updated(Instant at, String... changedFields) {
        return new OrderUpdated(id, number, List.of(changedFields), Resellers.ADMIN, at);
    }

    public DeliveryAssigned deliveryAssigned(String courier, String trackingNumber, LocalDate expected, Instant at) {
        return new DeliveryAssigned(id, number, courier, trackingNumber, expected, Resellers.ADMIN, at);
    }

    public OrderStatusChanged statusChanged(String from, String to, String reason, Instant at) {
        return new OrderStatusChanged(id, number, from, to, reason, Resellers.ADMIN, at);
    }
}
