package io.simadmin.payment;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerSnapshot;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.test.TestEvents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Stands in for order-service and reseller-service: their events, built and published as they would be
 * (CloudEvents binary mode on the shared broker), including the same event twice, as an at-least-once relay may.
 */
public final class PaymentFixtures {

    private static final Actor BUYER = new Actor(Actor.PUBLIC_USER, null, "203.0.113.9", "sim-app/3");

    private PaymentFixtures() {
    }

    public static OrderPlaced appOrder(String total, String token) {
        UUID orderId = UuidV7.next();
        return new OrderPlaced(orderId, orderNumber(orderId), OrderPlaced.APP, UUID.randomUUID(), null, null,
                UUID.randomUUID(), "Prepaid 30 GB", new BigDecimal(total), "EUR", "card", token, BUYER, now());
    }

    public static OrderPlaced resellerOrder(UUID resellerId, String total) {
        UUID orderId = UuidV7.next();
        return new OrderPlaced(orderId, orderNumber(orderId), OrderPlaced.RESELLER, null, resellerId,
                UUID.randomUUID(), UUID.randomUUID(), "Business eSIM", new BigDecimal(total), "EUR", "reseller_credit",
                null, new Actor(Actor.RESELLER, resellerId.toString(), null, null), now());
    }

    public static OrderStatusChanged moved(OrderPlaced order, String from, String to) {
        return new OrderStatusChanged(order.orderId(), order.orderNumber(), from, to,
                "cancelled".equals(to) ? "customer withdrew" : null, Actor.system(), now());
    }

    public static ResellerRegistered reseller(UUID resellerId, String commissionRate) {
        return new ResellerRegistered(resellerId, new ResellerSnapshot("Corner Shop Ltd", "Ada", "ada@example.test",
                "+44 20 7946 0958", "London", "", "GB", "active", new BigDecimal("1000.00"),
                new BigDecimal(commissionRate)), Actor.system(), now());
    }

    /** The event as a consumer receives it, with a fresh event id. */
    public static EventEnvelope envelope(DomainEvent event) {
        return new EventEnvelope(UuidV7.next(), EventCatalog.of(event.getClass()).type(), "/order-service",
                event.occurredAt(), event.aggregateId(), null, event);
    }

    /** Publishes the envelope to its topic and waits for the broker's acknowledgement. */
    public static void publish(EventEnvelope envelope) {
        TestEvents.publish(envelope);
    }

    private static String orderNumber(UUID orderId) {
        return "ORD-2026-" + orderId.toString().substring(30).toUpperCase();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
