package io.simadmin.auth.apiclients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer to creating a client: the only time its secret is shown. */
public record CreatedApiClient(UUID id, String clientId, String clientSecret, String name, UUID resellerId,
                               List<String> scopes, Instant createdAt, String tokenEndpoint) {

    @Override
    public String toString() {
        return "CreatedApiClient[id=" + id + ", clientId=" + clientId + ", secret hidden]";
    }
}
