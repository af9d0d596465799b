package io.simadmin.bench.jwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.simadmin.security.SecurityProperties.TrustedIssuer;
import io.simadmin.security.jwt.JwksHttp;
import io.simadmin.security.jwt.JwtRoles;
import io.simadmin.security.jwt.TrustedIssuers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.client.RestTemplate;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a service pays per request to check an access token: platform-security's decoder for an issuer whose JWK
 * set is served over real HTTP, exactly as configured in a service (RS256/ES256 only, iss, aud, exp/nbf), for a
 * token seen for the first time (the baseline) and for one it has already verified (VerifiedTokens). The key
 * set is fetched once, in setup; the benchmark then fails if any measured call fetched it again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class TokenValidationBenchmark {

    private static final String ISSUER = "simadmin-auth";

    private HttpServer jwks;
    private final AtomicInteger fetches = new AtomicInteger();
    private JwtDecoder decoder;
    private JwtDecoder verifier;
    private JwtRoles roles;
    private String token;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("bench-key").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .generate();
        byte[] published = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        jwks.createContext("/jwks.json", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, published.length);
            exchange.getResponseBody().write(published);
            exchange.close();
        });
        jwks.start();

        TrustedIssuer issuer = new TrustedIssuer(ISSUER, "http://localhost:" + jwks.getAddress().getPort() + "/jwks.json",
                "simadmin-api", "roles", Map.of());
        TrustedIssuers issuers = new TrustedIssuers(Map.of("auth", issuer), new JwksHttp(new RestTemplate(), null));
        decoder = issuers.decoder(ISSUER);
        verifier = issuers.verifier(ISSUER);
        roles = new JwtRoles(issuer);

        // An admin token shaped like auth-service's (ADR 0006), valid for longer than the run.
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("bench-key").type(JOSEObjectType.JWT).build(),
                new JWTClaimsSet.Builder().issuer(ISSUER).audience("simadmin-api").subject(UUID.randomUUID().toString())
                        .claim("roles", List.of("admin")).claim("email", "admin@example.com").claim("name", "Ada Admin")
                        .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(3600))).jwtID(UUID.randomUUID().toString()).build());
        jwt.sign(new RSASSASigner(key));
        token = jwt.serialize();
        verifier.decode(token);
        decoder.decode(token);
        if (fetches.get() != 1) {
            throw new IllegalStateException("expected one key fetch in setup, saw " + fetches.get());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        jwks.stop(0);
        if (fetches.get() != 1) {
            throw new IllegalStateException("the key set was fetched " + fetches.get() + " times: not cached");
        }
    }

    /** A token seen for the first time: signature (RS256 verify), header and claim checks. */
    @Benchmark
    public Jwt decode() {
        return verifier.decode(token);
    }

    /** The same token again, as a client's next request sends it: remembered, its claims checked anew. */
    @Benchmark
    public Jwt decodeRemembered() {
        return decoder.decode(token);
    }

    /** What the resource server does per request once it knows the token: decode, roles and scopes into authorities. */
    @Benchmark
    public AbstractAuthenticationToken decodeAndAuthorize() {
        return roles.convert(decoder.decode(token));
    }
}
