package io.simadmin.payment.gateways;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One refund as a gateway receives it.
 *
 * @param paymentReference the gateway's reference of the charge money goes back from
 */
public record RefundRequest(String idempotencyKey, String paymentReference, BigDecimal amount, String currency,
                            String reason, Map<String, String> metadata) {

    public RefundRequest {
        metadata = Map.copyOf(metadata);
    }
}
