package io.simadmin.security.jwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.simadmin.security.LocalIssuerKeys;
import io.simadmin.security.SecurityProperties.TrustedIssuer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

import java.net.MalformedURLException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One token decoder per trusted issuer, picked by the token's {@code iss}; a token of any other issuer is a 401.
 * Each decoder accepts only RS256/ES256 signatures by a key of its issuer's JWK set and checks {@code iss},
 * {@code aud}, {@code exp} and {@code nbf} (30 s clock skew). An issuer's keys come from its JWK set over HTTP
 * (cached), or from memory when the service holds them itself ({@link LocalIssuerKeys}).
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
    private final Map<String, VerifiedTokens> decodersByIssuer;

    public TrustedIssuers(Map<String, TrustedIssuer> issuers, JwksHttp http) {
        this(issuers, http, List.of());
    }

    public TrustedIssuers(Map<String, TrustedIssuer> issuers, JwksHttp http, Collection<LocalIssuerKeys> localKeys) {
        Map<String, LocalIssuerKeys> local = new LinkedHashMap<>();
        for (LocalIssuerKeys keys : localKeys) {
            if (local.putIfAbsent(keys.issuer(), keys) != null) {
                throw new IllegalStateException("two LocalIssuerKeys beans for issuer " + keys.issuer());
            }
        }
        Map<String, TrustedIssuer> all = new LinkedHashMap<>(issuers);
        local.keySet().stream()
                .filter(iss -> issuers.values().stream().noneMatch(configured -> iss.equals(configured.issuer())))
                .forEach(iss -> all.put("local:" + iss, new TrustedIssuer(iss, null, "simadmin-api", "roles", null)));
        Map<String, AuthenticationManager> managers = new LinkedHashMap<>();
        Map<String, VerifiedTokens> decoders = new LinkedHashMap<>();
        all.forEach((name, issuer) -> {
            LocalIssuerKeys held = issuer.issuer() == null ? null : local.get(issuer.issuer());
            validate(name, issuer, held != null);
            if (managers.containsKey(issuer.issuer())) {
                throw new IllegalStateException("simadmin.security.issuers." + name + ".issuer: " + issuer.issuer()
                        + " is configured twice");
            }
            OAuth2TokenValidator<Jwt> checks = checks(issuer);
            NimbusJwtDecoder verifier = held != null ? verifier(held.keys(), checks) : verifier(issuer, http, checks);
            VerifiedTokens decoder = new VerifiedTokens(verifier, checks);
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
            provider.setJwtAuthenticationConverter(new JwtRoles(issuer));
            managers.put(issuer.issuer(), provider::authenticate);
            decoders.put(issuer.issuer(), decoder);
        });
        this.managersByIssuer = Map.copyOf(managers);
        this.decodersByIssuer = Map.copyOf(decoders);
    }

    public Set<String> issuers() {
        return managersByIssuer.keySet();
    }

    /**
     * The decoder requests use for one trusted issuer: all its checks, with the signatures of tokens it has seen
     * remembered ({@link VerifiedTokens}); e.g. for a service that must also expose a {@code JwtDecoder} bean.
     */
    public JwtDecoder decoder(String issuer) {
        return ofIssuer(issuer);
    }

    /** The same checks with nothing remembered: every call verifies the signature (to measure what that costs). */
    public JwtDecoder verifier(String issuer) {
        return ofIssuer(issuer).verifier();
    }

    private VerifiedTokens ofIssuer(String issuer) {
        VerifiedTokens decoder = decodersByIssuer.get(issuer);
        if (decoder == null) {
            throw new IllegalArgumentException("not a trusted issuer: " + issuer);
        }
        return decoder;
    }

    /**
     * Picks the issuer of a request's token: the one that remembers having verified this exact token text, else the
     * token's {@code iss} claim. Reading the claim means parsing the token (Base64 and JSON), which was ~5 % of
     * order-service's CPU per order although the token was remembered. Unknown or missing {@code iss} →
     * InvalidBearerTokenException, i.e. 401.
     */
    public AuthenticationManagerResolver<HttpServletRequest> resolver() {
        JwtIssuerAuthenticationManagerResolver byClaim = new JwtIssuerAuthenticationManagerResolver(
                managersByIssuer::get);
        return request -> authentication -> {
            if (authentication instanceof BearerTokenAuthenticationToken bearer) {
                for (Map.Entry<String, VerifiedTokens> issuer : decodersByIssuer.entrySet()) {
                    if (issuer.getValue().remembers(bearer.getToken())) {
                        return managersByIssuer.get(issuer.getKey()).authenticate(authentication);
                    }
                }
            }
            return byClaim.resolve(request).authenticate(authentication);
        };
    }

    static NimbusJwtDecoder verifier(TrustedIssuer issuer, JwksHttp http, OAuth2TokenValidator<Jwt> checks) {
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
        return verifier(keys, checks);
    }

    /** The signature and header checks of ADR 0006 over keys from anywhere, then {@code checks} on the claims. */
    static NimbusJwtDecoder verifier(JWKSource<SecurityContext> keys, OAuth2TokenValidator<Jwt> checks) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // "none" never gets here (NimbusJwtDecoder refuses unsigned tokens); HS* and others find no key.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, new RateLimitedAsNoKey(keys)));
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), null));
        // Claims are checked by Spring's validators below, with one clock skew for all of them.
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(checks);
        return decoder;
    }

    /** The claim checks of ADR 0006: exp and nbf with one clock skew, iss, aud. */
    static OAuth2TokenValidator<Jwt> checks(TrustedIssuer issuer) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator(CLOCK_SKEW);
        // A token without exp would be valid forever.
        lifetime.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(lifetime, new JwtIssuerValidator(issuer.issuer()),
                new AudienceValidator(issuer.audience()));
    }

    private static void validate(String name, TrustedIssuer issuer, boolean keysHeldLocally) {
        String prefix = "simadmin.security.issuers." + name + ".";
        if (issuer.issuer() == null || issuer.issuer().isBlank()) {
            throw new IllegalStateException(prefix + "issuer is required: the exact iss of this issuer's tokens");
        }
        if (!keysHeldLocally && (issuer.jwkSetUri() == null || issuer.jwkSetUri().isBlank())) {
            throw new IllegalStateException(prefix + "jwk-set-uri is required: where this issuer publishes its keys");
        }
    }
}
