package io.simadmin.payment.gateways;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One charge as a gateway receives it.
 *
 * @param idempotencyKey the attempt's key: the same key is the same charge
 * @param token          the gateway's reference of the buyer's instrument (never card data)
 * @param metadata       ids that let the charge be found again from the gateway's side (order, transaction, attempt)
 */
public record ChargeRequest(String idempotencyKey, BigDecimal amount, String currency, String token,
                            String paymentMethod, String description, Map<String, String> metadata) {

    public ChargeRequest {
        metadata = Map.copyOf(metadata);
    }
}
