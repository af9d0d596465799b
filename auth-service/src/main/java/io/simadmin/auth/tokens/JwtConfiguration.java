package io.simadmin.auth.tokens;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.simadmin.auth.keys.KeyRing;
import io.simadmin.security.LocalIssuerKeys;
import io.simadmin.security.jwt.TrustedIssuers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs with the key ring's active key. Checking this service's own tokens is platform-security's job, like in
 * every service (ADR 0006); it only learns here that the keys of issuer {@code simadmin-auth} are held in memory,
 * so auth-service never fetches its own JWK set over HTTP (which would fail while it starts).
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

    @Bean
    JwtEncoder jwtEncoder(KeyRing keyRing) {
        // Only the active key is offered, so the encoder never has to choose and always names it in "kid".
        JWKSource<SecurityContext> signer = (selector, context) -> selector.select(new JWKSet(keyRing.signingKey().jwk()));
        return new NimbusJwtEncoder(signer);
    }

    /**
     * The published public keys. A bean also so that Spring Boot's authorization-server auto-configuration does not
     * make up a random key of its own.
     */
    @Bean
    JWKSource<SecurityContext> publishedKeys(KeyRing keyRing) {
        return (selector, context) -> selector.select(keyRing.publishedKeys());
    }

    @Bean
    LocalIssuerKeys ownIssuerKeys(TokenIssuer issuer, JWKSource<SecurityContext> publishedKeys) {
        return new LocalIssuerKeys(issuer.name(), publishedKeys);
    }

    /**
     * A JwtDecoder bean with every check of ADR 0006, for whatever asks for one; without it Spring Boot's
     * authorization-server auto-configuration would add one that checks the signature only.
     */
    @Bean
    JwtDecoder jwtDecoder(TrustedIssuers issuers, TokenIssuer issuer) {
        return issuers.decoder(issuer.name());
    }
}
