package io.simadmin.security.jwt;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Duration;

/**
 * Remembers the access tokens this service has verified, so that the next request carrying the same token skips the
 * signature check and the parse: a client sends one token for minutes, and the RS256 check was a tenth of
 * order-service's CPU per order (ADR 0006). A remembered token is found only by its exact text, and its lifetime,
 * issuer and audience are checked again on every use; one that fails them is forgotten. Tokens are remembered for
 * at most {@link #REMEMBER_FOR}, so a key withdrawn from its issuer's JWK set stops being honoured within that time
 * after the key set itself is refreshed.
 */
public final class VerifiedTokens implements JwtDecoder {

    /** Distinct live tokens are a few per signed-in admin or partner client; a full cache only costs a re-check. */
    static final int CAPACITY = 2_000;
    static final Duration REMEMBER_FOR = Duration.ofMinutes(2);

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> checks;
    private final Cache<String, Jwt> verified;

    /**
     * @param verifier decodes a token it has not seen: signature, header and {@code checks}
     * @param checks   the claim checks (lifetime, issuer, audience) repeated on every use of a remembered token
     */
    public VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> checks) {
        this(verifier, checks, Ticker.systemTicker());
    }

    VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> checks, Ticker ticker) {
        this.verifier = verifier;
        this.checks = checks;
        this.verified = Caffeine.newBuilder().maximumSize(CAPACITY).expireAfterWrite(REMEMBER_FOR).ticker(ticker)
                // Evict on the calling thread: no work handed to the common pool per request.
                .executor(Runnable::run).build();
    }

    /** The decoder behind the memory: every call verifies the signature. */
    public JwtDecoder verifier() {
        return verifier;
    }

    /** Whether this exact token text was verified here and is still remembered (its claims are not re-checked). */
    public boolean remembers(String token) {
        return token != null && verified.getIfPresent(token) != null;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt remembered = token == null ? null : verified.getIfPresent(token);
        if (remembered == null) {
            Jwt jwt = verifier.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = checks.validate(remembered);
        if (result.hasErrors()) {
            verified.invalidate(token);
            String reason = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: " + reason,
                    result.getErrors());
        }
        return remembered;
    }
}
