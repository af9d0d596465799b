package io.simadmin.payment.gateways;

import java.util.List;

/** One gateway in {@code GET /api/payments/gateways}: {@code isDefault} marks the one used when none is named. */
public record GatewayDescription(String name, String displayName, boolean isDefault, boolean testMode,
                                 List<String> methods, List<String> testTokens) {

    static GatewayDescription of(GatewayInfo info, boolean isDefault) {
        return new GatewayDescription(info.name(), info.displayName(), isDefault, info.testMode(), info.methods(),
                info.testTokens());
    }
}
