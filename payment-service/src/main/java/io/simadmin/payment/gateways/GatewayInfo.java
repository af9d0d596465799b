package io.simadmin.payment.gateways;

import java.util.List;

/**
 * A gateway as {@code GET /api/payments/gateways} lists it.
 *
 * @param testMode true when no real money moves (the sandbox, Stripe test keys)
 * @param methods  payment methods it charges, e.g. {@code card}
 * @param testTokens tokens with a fixed outcome, for trying the flow (empty for live gateways)
 */
public record GatewayInfo(String name, String displayName, boolean testMode, List<String> methods,
                          List<String> testTokens) {
}
