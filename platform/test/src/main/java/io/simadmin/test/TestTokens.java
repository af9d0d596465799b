package io.simadmin.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real token issuer for tests, shaped like auth-service (ADR 0006): an RSA key pair made once per JVM, its JWK
 * set served over real HTTP on a free port, and RS256 tokens with {@code iss}, {@code aud}, {@code sub},
 * {@code roles} (plus {@code email}/{@code name} for admins, {@code scope}/{@code reseller_id} for partners).
 * {@code @IntegrationTest} makes every service trust it as issuer {@code test}; other tests can use
 * {@link TestIssuerInitializer} or {@link #properties()}.
 *
 * <p>The forged tokens each break exactly one rule (all else is a valid admin token), so a test that expects a
 * 401 for one of them fails for the right reason.
 */
public final class TestTokens {

    public static final String ISSUER = "simadmin-test";
    public static final String AUDIENCE = "simadmin-api";
    public static final String KEY_ID = "simadmin-test-key";
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    /** Fixed subjects, so tests can look for them in events and audit columns. */
    public static final UUID SUPER_ADMIN_ID = UUID.fromString("00000000-0000-7000-8000-00000000000a");
    public static final UUID ADMIN_ID = UUID.fromString("00000000-0000-7000-8000-00000000000b");
    public static final UUID MODERATOR_ID = UUID.fromString("00000000-0000-7000-8000-00000000000c");

    private static final RSAKey KEY = rsaKey(KEY_ID);
    private static final JwksServer JWKS = JwksServer.start(new JWKSet(KEY.toPublicJWK()).toString());

    private TestTokens() {
    }

    // ---- the issuer ----

    /** Where the test issuer's keys are, over HTTP. */
    public static String jwkSetUri() {
        return JWKS.uri("/.well-known/jwks.json");
    }

    /** The JWKS server's port, e.g. to register it as a discovery instance for an {@code lb://} location. */
    public static int jwksPort() {
        return JWKS.port();
    }

    /** How often any service fetched the keys so far in this JVM. */
    public static int jwksRequests() {
        return JWKS.requests();
    }

    /** The properties that make a service trust this issuer. */
    public static Map<String, Object> properties() {
        return Map.of(
                "simadmin.security.issuers.test.issuer", ISSUER,
                "simadmin.security.issuers.test.jwk-set-uri", jwkSetUri());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    // ---- valid tokens ----

    public static String superAdmin() {
        return staff(SUPER_ADMIN_ID, "super_admin", "superadmin@example.com", "Sam Super");
    }

    public static String admin() {
        return staff(ADMIN_ID, "admin", "admin@example.com", "Ada Admin");
    }

    public static String moderator() {
        return staff(MODERATOR_ID, "moderator", "moderator@example.com", "Mo Moderator");
    }

    /** A partner's client-credentials token for one reseller; the client id is {@code partner-<resellerId>}. */
    public static String partner(UUID resellerId, String... scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "partner-" + resellerId);
        claims.put("roles", List.of("partner"));
        claims.put("scope", String.join(" ", scopes));
        claims.put("reseller_id", resellerId.toString());
        return withClaims(claims);
    }

    /**
     * A valid token with these claims on top of the defaults ({@code iss}, {@code aud}, {@code iat}, {@code exp},
     * {@code jti}, the admin's {@code sub} and {@code roles}); a null value removes a claim. Instants become NumericDates.
     */
    public static String withClaims(Map<String, ?> claims) {
        return sign(claimSet(claims), KEY, JWSAlgorithm.RS256);
    }

    /** A token with exactly these role names in {@code roles}, e.g. unknown ones. */
    public static String withRoles(String... roles) {
        return withClaims(Map.of("roles", Arrays.asList(roles)));
    }

    // ---- forged or otherwise unacceptable tokens ----

    /** Signed by a key the issuer never published, under the issuer's key id (as an attacker would). */
    public static String signedByUnknownKey() {
        return sign(claimSet(adminClaims()), rsaKey(KEY_ID), JWSAlgorithm.RS256);
    }

    /** Expired well beyond any clock skew. */
    public static String expired() {
        Instant issued = Instant.now().minus(Duration.ofHours(1));
        return withClaims(merge(adminClaims(), Map.of("iat", issued, "exp", issued.plus(LIFETIME))));
    }

    /** Valid only from an hour from now. */
    public static String notYetValid() {
        return withClaims(merge(adminClaims(), Map.of("nbf", Instant.now().plus(Duration.ofHours(1)))));
    }

    /** Unsigned: {@code alg: none}. */
    public static String algNone() {
        return new PlainJWT(claimSet(adminClaims())).serialize();
    }

    /** Signed with the right key, but by an issuer nobody trusts. */
    public static String wrongIssuer() {
        return withClaims(merge(adminClaims(), Map.of("iss", "https://evil.example")));
    }

    /** Signed with the right key and issuer, but meant for another API. */
    public static String wrongAudience() {
        return withClaims(merge(adminClaims(), Map.of("aud", List.of("some-other-api"))));
    }

    /** HMAC-signed (HS256) under the issuer's key id: the algorithm-confusion attack. */
    public static String hs256() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.HS256), claimSet(adminClaims()));
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every forged kind by name, for parameterized tests. */
    public static Map<String, String> forged() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("signed by an unknown key", signedByUnknownKey());
        tokens.put("expired", expired());
        tokens.put("not yet valid", notYetValid());
        tokens.put("alg none", algNone());
        tokens.put("wrong issuer", wrongIssuer());
        tokens.put("wrong audience", wrongAudience());
        tokens.put("HS256", hs256());
        tokens.put("not a JWT", "not-a-jwt");
        return tokens;
    }

    // ---- building blocks ----

    private static String staff(UUID id, String role, String email, String name) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", id.toString());
        claims.put("roles", List.of(role));
        claims.put("email", email);
        claims.put("name", name);
        return withClaims(claims);
    }

    private static Map<String, Object> adminClaims() {
        return Map.of("sub", ADMIN_ID.toString(), "roles", List.of("admin"), "email", "admin@example.com");
    }

    private static Map<String, Object> merge(Map<String, ?> base, Map<String, ?> overrides) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        merged.putAll(overrides);
        return merged;
    }

    private static JWTClaimsSet claimSet(Map<String, ?> claims) {
        Instant now = Instant.now();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("iss", ISSUER);
        all.put("aud", List.of(AUDIENCE));
        all.put("sub", ADMIN_ID.toString());
        all.put("roles", List.of("admin"));
        all.put("iat", now);
        all.put("exp", now.plus(LIFETIME));
        all.put("jti", UUID.randomUUID().toString());
        all.putAll(claims);
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        all.forEach((name, value) -> {
            if (value != null) {
                builder.claim(name, value instanceof Instant instant ? Date.from(instant) : value);
            }
        });
        return builder.build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key, JWSAlgorithm algorithm) {
        try {
            SignedJWT jwt = new SignedJWT(header(algorithm), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWSHeader header(JWSAlgorithm algorithm) {
        return new JWSHeader.Builder(algorithm).keyID(KEY_ID).type(JOSEObjectType.JWT).build();
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate the test issuer's RSA key", e);
        }
    }
}
