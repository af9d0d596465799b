package io.simadmin.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.simadmin.security.jwt.JwksHttp;
import io.simadmin.security.jwt.TrustedIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.RestTemplate;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which trusted issuer checks a request's token: the one that remembers it, else the one its iss names. */
class TrustedIssuersResolverTest {

    private static final RSAKey AUTH_KEY = rsa("auth-1");
    private static final RSAKey PARTNER_KEY = rsa("partner-1");
    private static final JwksHttp NO_HTTP = new JwksHttp(new RestTemplate((uri, method) -> {
        throw new AssertionError("fetched keys over HTTP from " + uri);
    }), null);

    private final TrustedIssuers issuers = new TrustedIssuers(Map.of(), NO_HTTP, List.of(
            new LocalIssuerKeys("simadmin-auth", (selector, context) -> selector.select(new JWKSet(AUTH_KEY.toPublicJWK()))),
            new LocalIssuerKeys("partner-idp", (selector, context) -> selector.select(new JWKSet(PARTNER_KEY.toPublicJWK())))));
    private final AuthenticationManager manager = issuers.resolver().resolve(new MockHttpServletRequest());

    @Test
    void checks_each_token_with_the_issuer_it_names_and_again_from_memory() throws Exception {
        String auth = token("simadmin-auth", "admin-1", AUTH_KEY);
        String partner = token("partner-idp", "partner-7", PARTNER_KEY);

        for (int use = 0; use < 2; use++) {
            assertThat(subjectOf(authenticate(auth))).isEqualTo("admin-1");
            assertThat(subjectOf(authenticate(partner))).isEqualTo("partner-7");
        }
    }

    @Test
    void refuses_a_token_signed_with_another_issuers_key_even_after_that_issuer_verified_one() throws Exception {
        authenticate(token("partner-idp", "partner-7", PARTNER_KEY));

        assertThatThrownBy(() -> authenticate(token("simadmin-auth", "admin-1", PARTNER_KEY)))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void refuses_a_token_of_an_issuer_it_does_not_trust() throws Exception {
        assertThatThrownBy(() -> authenticate(token("https://evil.example", "admin-1", AUTH_KEY)))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> authenticate("not-a-jwt")).isInstanceOf(InvalidBearerTokenException.class);
    }

    private Authentication authenticate(String token) {
        return manager.authenticate(new BearerTokenAuthenticationToken(token));
    }

    private static String subjectOf(Authentication authentication) {
        return ((JwtAuthenticationToken) authentication).getToken().getSubject();
    }

    private static String token(String issuer, String subject, RSAKey key) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(),
                new JWTClaimsSet.Builder().issuer(issuer).audience("simadmin-api").subject(subject)
                        .claim("roles", List.of("admin")).issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(300))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
