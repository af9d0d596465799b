package io.simadmin.auth.tokens;

import io.simadmin.auth.AuthProperties;
import io.simadmin.messaging.outbox.UuidV7;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Signs admins' access tokens with the claims of ADR 0006. */
@Component
public class AccessTokenIssuer {

    private final JwtEncoder encoder;
    private final TokenIssuer issuer;
    private final Duration lifetime;
    private final Clock clock;

    public AccessTokenIssuer(JwtEncoder encoder, TokenIssuer issuer, AuthProperties properties, Clock clock) {
        this.encoder = encoder;
        this.issuer = issuer;
        this.lifetime = properties.accessTokenTtl();
        this.clock = clock;
    }

    /** What an admin's token says about them. */
    public record Subject(UUID adminId, String role, String email, String name) {
    }

    public AccessToken issue(Subject subject) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer.name())
                .audience(List.of(TokenIssuer.AUDIENCE))
                .subject(subject.adminId().toString())
                .claim("roles", List.of(subject.role()))
                .claim("email", subject.email())
                .claim("name", subject.name())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(lifetime))
                .id(UuidV7.next().toString())
                .build();
        String value = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build(), claims))
                .getTokenValue();
        return new AccessToken(value, lifetime.toSeconds());
    }
}
