package io.simadmin.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import java.util.Objects;

/**
 * The public keys of a trusted issuer that this service holds itself, declared as a bean: auth-service checks its
 * own tokens against its key ring instead of fetching its own JWK set over HTTP (a call to itself that would
 * fail while it starts). Its tokens are checked exactly like every other issuer's (RS256/ES256, {@code iss},
 * {@code aud}, {@code exp}/{@code nbf}); only where the keys come from differs.
 *
 * <p>It replaces the {@code jwk-set-uri} of the configured issuer with the same {@code iss}; when no configured
 * issuer has that {@code iss}, the issuer is trusted with the defaults (audience {@code simadmin-api}, roles claim
 * {@code roles}, no role mapping).
 *
 * @param issuer the exact {@code iss} of the tokens these keys sign
 * @param keys   the issuer's current public keys, asked on every token (keep it in memory)
 */
public record LocalIssuerKeys(String issuer, JWKSource<SecurityContext> keys) {

    public LocalIssuerKeys {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("issuer is required: the exact iss of the tokens");
        }
        Objects.requireNonNull(keys, "keys");
    }
}
