package io.simadmin.auth.apiclients;

import io.simadmin.web.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A partner system's OAuth2 client: it acts for one reseller with fixed scopes. The secret is kept as SHA-256. */
@Entity
@Table(name = "api_client")
public class ApiClient extends AssignedIdEntity {

    @Id
    private UUID id;
    @Column(updatable = false)
    private String clientId;
    @Column(updatable = false)
    private String secretHash;
    private String name;
    @Column(updatable = false)
    private UUID resellerId;
    private String scopes;
    @Column(updatable = false)
    private UUID createdBy;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiClient() {
    }

    ApiClient(UUID id, String clientId, String secretHash, String name, UUID resellerId, List<String> scopes,
              UUID createdBy, Instant now) {
        this.id = id;
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.name = name;
        this.resellerId = resellerId;
        this.scopes = String.join(" ", scopes);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    @Override
    public UUID id() { return id; }
    public String clientId() { return clientId; }
    public String secretHash() { return secretHash; }
    public String name() { return name; }
    public UUID resellerId() { return resellerId; }
    public List<String> scopes() { return scopes.isBlank() ? List.of() : Arrays.asList(scopes.split(" ")); }
    public Instant createdAt() { return createdAt; }
    public Instant lastUsedAt() { return lastUsedAt; }
    public Instant revokedAt() { return revokedAt; }
}
