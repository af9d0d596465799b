package io.simadmin.payment.gateways;

import io.simadmin.events.payment.PaymentFailed;

import java.util.Map;

/**
 * A gateway's answer.
 *
 * @param reference   the gateway's id of the charge or refund, when it has one
 * @param failureCode for FAILED and UNKNOWN: one of {@link PaymentFailed}'s reason codes
 * @param message     for people
 * @param response    the answer without secrets or card data, stored as the transaction's gatewayResponse
 */
public record GatewayResult(Outcome outcome, String reference, String failureCode, String message,
                            Map<String, Object> response) {

    public enum Outcome {
        /** The money moved. */
        SUCCEEDED,
        /** The gateway refused; nothing moved. */
        FAILED,
        /** No answer (timeout, outage): the money may or may not have moved. Ask again later. */
        UNKNOWN,
        /** Only from a lookup: the gateway has no such operation. */
        NOT_FOUND
    }

    public GatewayResult {
        response = response == null ? Map.of() : Map.copyOf(response);
    }

    public static GatewayResult succeeded(String reference, Map<String, Object> response) {
        return new GatewayResult(Outcome.SUCCEEDED, reference, null, null, response);
    }

    public static GatewayResult failed(String reference, String failureCode, String message,
                                       Map<String, Object> response) {
        return new GatewayResult(Outcome.FAILED, reference, failureCode, message, response);
    }

    public static GatewayResult unknown(String reference, String failureCode, String message) {
        return new GatewayResult(Outcome.UNKNOWN, reference, failureCode, message, Map.of());
    }

    public static GatewayResult notFound() {
        return new GatewayResult(Outcome.NOT_FOUND, null, null, null, Map.of());
    }

    public static GatewayResult timeout(String message) {
        return unknown(null, PaymentFailed.GATEWAY_TIMEOUT, message);
    }

    public boolean settled() {
        return outcome == Outcome.SUCCEEDED || outcome == Outcome.FAILED;
    }
}
