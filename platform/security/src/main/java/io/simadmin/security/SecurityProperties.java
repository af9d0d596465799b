package io.simadmin.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;

/**
 * {@code simadmin.security.*}: which issuers this service trusts (ADR 0006).
 *
 * @param enabled     false permits every request without a token; only for a local run before auth-service
 *                    exists, and loudly logged
 * @param issuers     trusted issuers by a name of our choosing ({@code auth}, {@code keycloak}, {@code test})
 * @param publicPaths extra paths open without a token (path patterns), for a service's own public endpoints
 */
@ConfigurationProperties("simadmin.security")
public record SecurityProperties(@DefaultValue("true") boolean enabled, Map<String, TrustedIssuer> issuers,
                                 List<String> publicPaths) {

    public SecurityProperties {
        issuers = issuers == null ? Map.of() : Map.copyOf(issuers);
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }

    /**
     * One issuer whose tokens this service accepts.
     *
     * @param issuer      the exact {@code iss} of its tokens
     * @param jwkSetUri   where its public keys are; {@code lb://service/path} goes through the load balancer
     * @param audience    what {@code aud} must contain
     * @param rolesClaim  the claim with the roles, a dotted path for nested ones ({@code realm_access.roles})
     * @param roleMapping its role names → ours; empty means its roles already are ours
     */
    public record TrustedIssuer(String issuer, String jwkSetUri, @DefaultValue("simadmin-api") String audience,
                                @DefaultValue("roles") String rolesClaim, Map<String, String> roleMapping) {

        public TrustedIssuer {
            roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        }
    }
}
