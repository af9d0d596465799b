package io.simadmin.payment.gateways;

import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** A gateway's (already reduced) answer as the JSON kept in {@code transactions.gateway_response}. */
public final class GatewayResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GatewayResponses() {
    }

    public static String json(Map<String, Object> response) {
        return JSON.writeValueAsString(response == null ? Map.of() : response);
    }
}
