package io.simadmin.analytics.support;

import io.simadmin.events.Actor;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Order events as order-service will write them, for one order. */
public record Orders(UUID id, String number) {

    public static Orders any() {
        return new Orders(UUID.randomUUID(), "ORD-2026-" + (100000 + (int) (Math.random() * 900000)));
    }

    public OrderPlaced placedInApp(UUID userId, Instant at) {
        return new OrderPlaced(id, number, OrderPlaced.APP, userId, null, null, UUID.randomUUID(), "5 GB Monthly",
                new BigDecimal("30.00"), "USD", "card", null, new Actor(Actor.PUBLIC_USER, userId.toString(), null, null), at);
    }

    public OrderPlaced placedByReseller(Clients client, Instant at) {
        return new OrderPlaced(id, number, OrderPlaced.RESELLER, null, client.resellerId(), client.id(),
                UUID.randomUUID(), "5 GB Monthly", new BigDecimal("30.00"), "USD", "reseller_credit", null,
                new Actor(Actor.RESELLER, client.resellerId().toString(), null, null), at);
    }

    public OrderStatusChanged statusChanged(String from, String to, String reason, Instant at) {
        return new OrderStatusChanged(id, number, from, to, reason, Resellers.ADMIN, at);
    }
}
