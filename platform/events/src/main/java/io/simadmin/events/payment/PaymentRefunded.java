package io.simadmin.events.payment;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Money of an order's payment went back to the buyer (a refund transaction completed at the gateway).
 *
 * @param refundTransactionId  the refund's own transaction
 * @param paymentTransactionId the payment it refunds
 * @param amount               this refund, positive, scale 2
 * @param refundedTotal        all refunds of the payment so far, including this one
 * @param fullyRefunded        true when nothing of the payment remains refundable; order-service then marks the
 *                             order's payment refunded
 */
public record PaymentRefunded(UUID refundTransactionId, String refundNumber, UUID paymentTransactionId,
                              UUID orderId, String orderNumber, UUID userId, UUID resellerId, BigDecimal amount,
                              BigDecimal refundedTotal, boolean fullyRefunded, String currency, String reason,
                              Actor actor, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return (orderId != null ? orderId : paymentTransactionId).toString();
    }
}
