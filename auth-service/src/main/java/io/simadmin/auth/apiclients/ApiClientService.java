package io.simadmin.auth.apiclients;

import io.simadmin.auth.tokens.SecureTokens;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.web.paging.PageResponse;
import io.simadmin.web.problem.InvalidRequestException;
import io.simadmin.web.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Partner API credentials, managed by super_admins under Settings → API. */
@Service
public class ApiClientService {

    static final String TOKEN_ENDPOINT = "/api/auth/oauth2/token";
    private static final Logger log = LoggerFactory.getLogger(ApiClientService.class);

    private final ApiClientRepository clients;
    private final Clock clock;

    public ApiClientService(ApiClientRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<ApiClientResponse> list(UUID resellerId, boolean includeRevoked, Pageable pageable) {
        return PageResponse.of(includeRevoked ? clients.findIncludingRevoked(resellerId, pageable)
                : clients.findActive(resellerId, pageable), ApiClientResponse::of);
    }

    @Transactional
    public CreatedApiClient create(ApiClientRequest request, UUID createdBy) {
        List<String> scopes = List.copyOf(new LinkedHashSet<>(request.scopes()));
        List<String> unknown = scopes.stream().filter(s -> !PartnerScopes.ALL.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("scopes", "has unknown scopes " + unknown + "; allowed: "
                    + String.join(" ", PartnerScopes.ALL));
        }
        // The reseller is not looked up: no service reads another's data, and a client of an unknown reseller
        // can see nothing (every partner query is filtered by its reseller_id).
        String clientId = "sim_" + SecureTokens.newSecret().substring(0, 22);
        String secret = SecureTokens.newSecret();
        Instant now = clock.instant();
        ApiClient client = new ApiClient(UuidV7.next(), clientId, SecureTokens.sha256(secret), request.name().trim(),
                request.resellerId(), scopes, createdBy, now);
        clients.saveAndFlush(client);
        log.info("api client {} created for reseller {} by admin {}", clientId, request.resellerId(), createdBy);
        return new CreatedApiClient(client.id(), clientId, secret, client.name(), client.resellerId(), client.scopes(),
                now, TOKEN_ENDPOINT);
    }

    @Transactional
    public void revoke(UUID id, UUID revokedBy) {
        ApiClient client = clients.findById(id).orElseThrow(() -> new NotFoundException("API key", id));
        client.revoke(clock.instant());
        log.info("api client {} revoked by admin {}", client.clientId(), revokedBy);
    }
}
