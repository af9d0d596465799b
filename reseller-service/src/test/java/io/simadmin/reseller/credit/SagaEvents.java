package io.simadmin.reseller.credit;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;
import io.simadmin.events.payment.CommissionAccrued;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.test.TestEvents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Stands in for order-service and payment-service: builds their events and publishes them as they would (CloudEvents
 * binary mode on the shared broker), including the same event twice, as an at-least-once relay may.
 */
final class SagaEvents {

    private static final Actor PARTNER = new Actor(Actor.RESELLER, null, "203.0.113.7", "partner-api/1");

    private SagaEvents() {
    }

    static OrderPlaced resellerOrder(UUID resellerId, UUID clientId, String total) {
        UUID orderId = UuidV7.next();
        return new OrderPlaced(orderId, "ORD-2026-" + orderId.toString().substring(30), OrderPlaced.RESELLER, null,
                resellerId, clientId, UUID.randomUUID(), "Prepaid 30", new BigDecimal(total), "EUR", "reseller_credit", null, PARTNER, now());
    }

    static OrderPlaced appOrder(UUID userId, String total) {
        UUID orderId = UuidV7.next();
        return new OrderPlaced(orderId, "ORD-2026-" + orderId.toString().substring(30), OrderPlaced.APP, userId,
                null, null, UUID.randomUUID(), "Prepaid 30", new BigDecimal(total), "EUR", "card", null, PARTNER, now());
    }

    static OrderStatusChanged cancelled(OrderPlaced order) {
        return new OrderStatusChanged(order.orderId(), order.orderNumber(), "pending", "cancelled", "customer withdrew",
                Actor.system(), now());
    }

    static OrderStatusChanged confirmed(OrderPlaced order) {
        return new OrderStatusChanged(order.orderId(), order.orderNumber(), "pending", "confirmed", null,
                Actor.system(), now());
    }

    static CommissionAccrued commission(OrderPlaced order, String amount) {
        return new CommissionAccrued(order.orderId(), order.resellerId(), new BigDecimal(amount), "EUR",
                Actor.system(), now());
    }

    /** The event as a consumer receives it, with a fresh event id. */
    static EventEnvelope envelope(DomainEvent event) {
        return envelope(event, UuidV7.next());
    }

    static EventEnvelope envelope(DomainEvent event, UUID eventId) {
        return new EventEnvelope(eventId, EventCatalog.of(event.getClass()).type(), "/order-service",
                event.occurredAt(), event.aggregateId(), null, event);
    }

    /** Publishes the envelope to its topic and waits for the broker's acknowledgement. */
    static void publish(EventEnvelope envelope) {
        TestEvents.publish(envelope);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
