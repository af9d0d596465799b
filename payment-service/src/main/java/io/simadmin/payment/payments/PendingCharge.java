package io.simadmin.payment.payments;

import io.simadmin.payment.gateways.Attempt;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A charge whose intent is committed and whose gateway call is still to be made. Holds the token in memory only: it
 * is never stored, so a charge interrupted by a crash is looked up, not repeated.
 */
public record PendingCharge(Attempt attempt, UUID paymentId, String transactionNumber, UUID orderId,
                            String orderNumber, BigDecimal amount, String currency, String paymentMethod,
                            String token) {
}
