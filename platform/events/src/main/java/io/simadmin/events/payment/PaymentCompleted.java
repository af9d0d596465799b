package io.simadmin.events.payment;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order's payment was captured by a payment gateway. order-service marks the order paid and confirms it.
 *
 * @param transactionId     payment-service's id of the payment transaction
 * @param transactionNumber the human number, {@code TXN-…}
 * @param gateway           which gateway charged, e.g. {@code sandbox}, {@code stripe}
 * @param gatewayReference  the gateway's id of the charge (what reconciliation matches on)
 * @param amount            what was charged, scale 2
 */
public record PaymentCompleted(UUID transactionId, String transactionNumber, UUID orderId, String orderNumber,
                               UUID userId, UUID resellerId, BigDecimal amount, String currency,
                               String paymentMethod, String gateway, String gatewayReference, Actor actor,
                               Instant occurredAt) implements DomainEvent {

    /** Keyed by order, so that one order's payment events stay in order. */
    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
