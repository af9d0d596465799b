package io.simadmin.analytics.support;

import io.simadmin.events.Actor;
import io.simadmin.events.payment.CommissionAccrued;
import io.simadmin.events.payment.PaymentCompleted;
import io.simadmin.events.payment.PaymentFailed;
import io.simadmin.events.payment.PaymentRefunded;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** payment-service's events as it writes them, for one payment transaction of one order. */
public record Payments(UUID transactionId, String transactionNumber, UUID orderId, String orderNumber,
                       UUID userId) {

    public static Payments of(Orders order) {
        return new Payments(UUID.randomUUID(), "TXN-2026-" + (100000 + (int) (Math.random() * 900000)), order.id(),
                order.number(), UUID.randomUUID());
    }

    public PaymentCompleted completed(String amount, Instant at) {
        return new PaymentCompleted(transactionId, transactionNumber, orderId, orderNumber, userId, null,
                new BigDecimal(amount), "USD", "card", "sandbox", "sbx_" + transactionId, Actor.system(), at);
    }

    /** A payment naming a reseller: payment-service sends none today (reseller orders are paid on credit). */
    public PaymentCompleted completedForReseller(UUID resellerId, String amount, Instant at) {
        return new PaymentCompleted(transactionId, transactionNumber, orderId, orderNumber, null, resellerId,
                new BigDecimal(amount), "USD", "card", "sandbox", "sbx_" + transactionId, Actor.system(), at);
    }

    public PaymentFailed failed(String amount, Instant at) {
        return new PaymentFailed(transactionId, transactionNumber, orderId, orderNumber, userId,
                new BigDecimal(amount), "USD", "sandbox", PaymentFailed.CARD_DECLINED,
                "The card was declined by the issuer", Actor.system(), at);
    }

    /** A refund transaction of its own, with a new id each call. */
    public PaymentRefunded refunded(String amount, String refundedTotal, boolean fully, String reason, Instant at) {
        return new PaymentRefunded(UUID.randomUUID(), "TXN-2026-" + (100000 + (int) (Math.random() * 900000)),
                transactionId, orderId, orderNumber, userId, null, new BigDecimal(amount),
                new BigDecimal(refundedTotal), fully, "USD", reason, Resellers.ADMIN, at);
    }

    public static CommissionAccrued commission(Orders order, UUID resellerId, String amount, Instant at) {
        return new CommissionAccrued(order.id(), resellerId, new BigDecimal(amount), "USD", Actor.system(), at);
    }
}
