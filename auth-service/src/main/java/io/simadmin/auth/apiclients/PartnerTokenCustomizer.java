package io.simadmin.auth.apiclients;

import io.simadmin.auth.tokens.TokenIssuer;
import io.simadmin.messaging.outbox.UuidV7;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Shapes partner tokens per ADR 0006: our issuer name (the authorization server would put its URL there), audience
 * {@code simadmin-api}, {@code roles=["partner"]}, {@code reseller_id}, {@code scope} as one space-separated string.
 * Also records the client's last use.
 */
@Component
class PartnerTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final TokenIssuer issuer;
    private final ApiClientRepository clients;
    private final Clock clock;

    PartnerTokenCustomizer(TokenIssuer issuer, ApiClientRepository clients, Clock clock) {
        this.issuer = issuer;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
        context.getClaims()
                .issuer(issuer.name())
                .audience(List.of(TokenIssuer.AUDIENCE))
                .id(UuidV7.next().toString())
                .claim("roles", List.of("partner"))
                .claim("reseller_id", client.getClientSettings().<String>getSetting(ApiClientRegistrations.RESELLER_ID))
                .claim("scope", String.join(" ", context.getAuthorizedScopes()));
        clients.markUsed(UUID.fromString(client.getId()), clock.instant());
    }
}
