package io.simadmin.auth.tokens;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.simadmin.auth.keys.KeyRing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Duration;

/**
 * Signs with the key ring's active key; verifies this service's own endpoints against its published keys with the
 * checks of ADR 0006 (RS256 only, issuer, audience, exp/nbf with 30 s skew).
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

    @Bean
    JwtEncoder jwtEncoder(KeyRing keyRing) {
        // Only the active key is offered, so the encoder never has to choose and always names it in "kid".
        JWKSource<SecurityContext> signer = (selector, context) -> selector.select(new JWKSet(keyRing.signingKey().jwk()));
        return new NimbusJwtEncoder(signer);
    }

    @Bean
    JwtDecoder jwtDecoder(KeyRing keyRing, TokenIssuer issuer) {
        JWKSource<SecurityContext> published = (selector, context) -> selector.select(keyRing.publishedKeys());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(published).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(Duration.ofSeconds(30)),
                new JwtIssuerValidator(issuer.name()),
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(TokenIssuer.AUDIENCE)
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token is not meant for " + TokenIssuer.AUDIENCE, null))));
        return decoder;
    }
}
