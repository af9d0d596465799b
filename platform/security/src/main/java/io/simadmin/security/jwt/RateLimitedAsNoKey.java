package io.simadmin.security.jwt;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;

import java.util.List;

/**
 * A token whose key id is unknown makes Nimbus refetch the key set, at most once per interval. Within that
 * interval it reports "rate limit reached", which Spring would answer as an outage (503); it is a bad token
 * (401), so this answers "no such key" instead. Real fetch failures still surface as outages.
 */
record RateLimitedAsNoKey(JWKSource<SecurityContext> keys) implements JWKSource<SecurityContext> {

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        try {
            return keys.get(selector, context);
        } catch (RateLimitReachedException e) {
            return List.of();
        }
    }
}
