package io.simadmin.auth.apiclients;

import io.simadmin.auth.AuthProperties;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.UUID;

/**
 * The authorization server's view of our {@code api_client} table: a database-backed RegisteredClientRepository
 * over the table the API manages (one table, not a second copy in Spring's schema). Revoked clients do not exist
 * for it, so they fail client authentication ({@code invalid_client}).
 */
@Component
public class ApiClientRegistrations implements RegisteredClientRepository {

    /** Client setting that carries the reseller into the token customizer. */
    static final String RESELLER_ID = "simadmin.reseller-id";

    private final ApiClientRepository clients;
    private final Duration tokenLifetime;

    public ApiClientRegistrations(ApiClientRepository clients, AuthProperties properties) {
        this.clients = clients;
        this.tokenLifetime = properties.partnerTokenTtl();
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("partner clients are created through /api/settings/api/keys");
    }

    @Override
    public RegisteredClient findById(String id) {
        try {
            return clients.findById(UUID.fromString(id)).filter(c -> c.revokedAt() == null).map(this::toRegistered).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return clients.findUsable(clientId).map(this::toRegistered).orElse(null);
    }

    private RegisteredClient toRegistered(ApiClient client) {
        return RegisteredClient.withId(client.id().toString())
                .clientId(client.clientId())
                .clientSecret(client.secretHash())
                .clientIdIssuedAt(client.createdAt())
                .clientName(client.name())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .clientSettings(ClientSettings.builder().setting(RESELLER_ID, client.resellerId().toString()).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
                .build();
    }
}
