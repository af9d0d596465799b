package io.simadmin.payment.payments;

import io.simadmin.events.Actor;
import io.simadmin.events.payment.PaymentCompleted;
import io.simadmin.events.payment.PaymentFailed;
import io.simadmin.events.payment.PaymentRefunded;
import io.simadmin.payment.transactions.Transaction;

import java.math.BigDecimal;
import java.time.Instant;

/** Builds the events that tell the suite what happened to an order's money. */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    public static PaymentCompleted completed(Transaction payment, Actor actor, Instant at) {
        return new PaymentCompleted(payment.id(), payment.transactionNumber(), payment.orderId(), payment.orderNumber(),
                payment.userId(), payment.resellerId(), payment.amount(), payment.currency(), payment.paymentMethod(),
                payment.gateway(), payment.gatewayTransactionId(), actor, at);
    }

    public static PaymentFailed failed(Transaction payment, Actor actor, Instant at) {
        return new PaymentFailed(payment.id(), payment.transactionNumber(), payment.orderId(), payment.orderNumber(),
                payment.userId(), payment.amount(), payment.currency(), payment.gateway(), payment.failureCode(),
                payment.reason(), actor, at);
    }

    /** @param refundedTotal every completed refund of the payment, this one included */
    public static PaymentRefunded refunded(Transaction refund, Transaction payment, BigDecimal refundedTotal,
                                           Actor actor, Instant at) {
        return new PaymentRefunded(refund.id(), refund.transactionNumber(), payment.id(), payment.orderId(),
                payment.orderNumber(), payment.userId(), payment.resellerId(), refund.amount(), refundedTotal,
                refundedTotal.compareTo(payment.amount()) >= 0, refund.currency(), refund.reason(), actor, at);
    }
}
