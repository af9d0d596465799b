package io.simadmin.auth.apiclients;

import java.util.List;

/** The scopes a partner client may hold (ADR 0006); services check them as SCOPE_ authorities. */
public final class PartnerScopes {

    public static final List<String> ALL = List.of("orders:read", "orders:write", "clients:read", "clients:write",
            "transactions:read", "tickets:read", "tickets:write");

    private PartnerScopes() {
    }
}
