package io.simadmin.payment.gateways;

/**
 * A payment service provider. Every call that may move money carries an idempotency key: the same key always means
 * the same operation, so a retry (or the reconciler asking again) can never charge or refund twice.
 *
 * <p>Implementations never throw for an answer: a decline is {@link GatewayResult.Outcome#FAILED}, and a timeout or
 * an outage (the money may or may not have moved) is {@link GatewayResult.Outcome#UNKNOWN}.
 */
public interface PaymentGateway {

    /** Stable name stored on transactions and attempts, e.g. {@code sandbox}, {@code stripe}. */
    String name();

    GatewayInfo info();

    GatewayResult charge(ChargeRequest request);

    /**
     * What became of a charge: by the gateway's reference when known, else by the idempotency key.
     *
     * @return {@link GatewayResult.Outcome#NOT_FOUND} when the gateway never saw the charge
     */
    GatewayResult lookupCharge(String idempotencyKey, String reference);

    GatewayResult refund(RefundRequest request);

    /** @param paymentReference the gateway's reference of the refunded charge */
    GatewayResult lookupRefund(String idempotencyKey, String reference, String paymentReference);
}
