package io.simadmin.payment.refunds;

import io.simadmin.payment.gateways.Attempt;

import java.math.BigDecimal;
import java.util.UUID;

/** A refund whose intent is committed and whose gateway call is still to be made. */
public record RefundPlan(Attempt attempt, UUID refundId, UUID paymentId, String paymentReference, BigDecimal amount,
                         String currency, String reason) {
}
