package io.simadmin.security.jwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.simadmin.security.SecurityProperties.TrustedIssuer;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

import java.net.MalformedURLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One token decoder per trusted issuer, picked by the token's {@code iss}; a token of any other issuer is a 401.
 * Each decoder accepts only RS256/ES256 signatures by a key of its issuer's JWK set and checks {@code iss},
 * {@code aud}, {@code exp} and {@code nbf} (30 s clock skew).
 */
public final class TrustedIssuers {

    public static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    /** Keys are cached this long; a token with an unknown key id refreshes earlier (rotation publishes first). */
    static final Duration JWKS_TIME_TO_LIVE = Duration.ofMinutes(10);
    static final Duration JWKS_REFRESH_TIMEOUT = Duration.ofSeconds(10);
    /** Tokens with made-up key ids must not turn into a fetch each: at most one refetch per this interval. */
    static final Duration JWKS_MIN_REFETCH_INTERVAL = Duration.ofSeconds(30);

    private final Map<String, AuthenticationManager> managersByIssuer;

    public TrustedIssuers(Map<String, TrustedIssuer> issuers, JwksHttp http) {
        Map<String, AuthenticationManager> managers = new LinkedHashMap<>();
        issuers.forEach((name, issuer) -> {
            validate(name, issuer);
            if (managers.containsKey(issuer.issuer())) {
                throw new IllegalStateException("simadmin.security.issuers." + name + ".issuer: " + issuer.issuer()
                        + " is configured twice");
            }
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder(issuer, http));
            provider.setJwtAuthenticationConverter(new JwtRoles(issuer));
            managers.put(issuer.issuer(), provider::authenticate);
        });
        this.managersByIssuer = Map.copyOf(managers);
    }

    public Set<String> issuers() {
        return managersByIssuer.keySet();
    }

    /** Unknown or missing {@code iss} → InvalidBearerTokenException, i.e. 401. */
    public JwtIssuerAuthenticationManagerResolver resolver() {
        return new JwtIssuerAuthenticationManagerResolver(managersByIssuer::get);
    }

    static NimbusJwtDecoder decoder(TrustedIssuer issuer, JwksHttp http) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(JwksHttp.requestUri(issuer.jwkSetUri()).toURL(),
                            new JwksRetriever(http.forLocation(issuer.jwkSetUri())))
                    .cache(JWKS_TIME_TO_LIVE.toMillis(), JWKS_REFRESH_TIMEOUT.toMillis())
                    .rateLimited(JWKS_MIN_REFETCH_INTERVAL.toMillis())
                    .refreshAheadCache(false)
                    .retrying(true)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("jwk-set-uri of issuer " + issuer.issuer() + " is not a URL: "
                    + issuer.jwkSetUri(), e);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // "none" never gets here (NimbusJwtDecoder refuses unsigned tokens); HS* and others find no key.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, new RateLimitedAsNoKey(keys)));
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), null));
        // Claims are checked by Spring's validators below, with one clock skew for all of them.
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        JwtTimestampValidator lifetime = new JwtTimestampValidator(CLOCK_SKEW);
        // A token without exp would be valid forever.
        lifetime.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(lifetime,
                new JwtIssuerValidator(issuer.issuer()), new AudienceValidator(issuer.audience())));
        return decoder;
    }

    private static void validate(String name, TrustedIssuer issuer) {
        String prefix = "simadmin.security.issuers." + name + ".";
        if (issuer.issuer() == null || issuer.issuer().isBlank()) {
            throw new IllegalStateException(prefix + "issuer is required: the exact iss of this issuer's tokens");
        }
        if (issuer.jwkSetUri() == null || issuer.jwkSetUri().isBlank()) {
            throw new IllegalStateException(prefix + "jwk-set-uri is required: where this issuer publishes its keys");
        }
    }
}
