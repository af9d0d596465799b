package io.simadmin.auth.apiclients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner client as lists show it: never the secret. */
public record ApiClientResponse(UUID id, String clientId, String name, UUID resellerId, List<String> scopes,
                                Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    static ApiClientResponse of(ApiClient client) {
        return new ApiClientResponse(client.id(), client.clientId(), client.name(), client.resellerId(), client.scopes(),
                client.createdAt(), client.lastUsedAt(), client.revokedAt());
    }
}
