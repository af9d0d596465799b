package io.simadmin.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
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

import java.util.List;
import java.util.Map;

import static io.simadmin.security.SignedTokens.rsa;
import static io.simadmin.security.SignedTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which trusted issuer checks a request's token: the one that remembers it, else the one its iss names. */
class TrustedIssuersResolverTest {

    private static final RSAKey AUTH_KEY = rsa("auth-1");
    private static final RSAKey PARTNER_KEY = rsa("partner-1");
    private static final JwksHttp NO_HTTP = new JwksHttp(new RestTemplate((uri, method) -> {
        throw new AssertionError("fetched keys over HTTP from " + uri);
    }), null);

    private final TrustedIssuers issuers = new TrustedIssuers(Map.of(), NO_HTTP,
            List.of(held("simadmin-auth", AUTH_KEY), held("partner-idp", PARTNER_KEY)));
    private final AuthenticationManager manager = issuers.resolver().resolve(new MockHttpServletRequest());

    @Test
    void checks_each_token_with_the_issuer_it_names_and_again_from_memory() throws Exception {
        String auth = token("simadmin-auth", "simadmin-api", "admin-1", AUTH_KEY);
        String partner = token("partner-idp", "simadmin-api", "partner-7", PARTNER_KEY);

        for (int use = 0; use < 2; use++) {
            assertThat(subjectOf(authenticate(auth))).isEqualTo("admin-1");
            assertThat(subjectOf(authenticate(partner))).isEqualTo("partner-7");
        }
    }

    @Test
    void refuses_a_token_signed_with_another_issuers_key_even_after_that_issuer_verified_one() throws Exception {
        authenticate(token("partner-idp", "simadmin-api", "partner-7", PARTNER_KEY));

        assertThatThrownBy(() -> authenticate(token("simadmin-auth", "simadmin-api", "admin-1", PARTNER_KEY)))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void refuses_a_token_of_an_issuer_it_does_not_trust() throws Exception {
        assertThatThrownBy(() -> authenticate(token("https://evil.example", "simadmin-api", "admin-1", AUTH_KEY)))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> authenticate("not-a-jwt")).isInstanceOf(InvalidBearerTokenException.class);
    }

    private static LocalIssuerKeys held(String issuer, RSAKey key) {
        return new LocalIssuerKeys(issuer, (selector, context) -> selector.select(new JWKSet(key.toPublicJWK())));
    }

    private Authentication authenticate(String token) {
        return manager.authenticate(new BearerTokenAuthenticationToken(token));
    }

    private static String subjectOf(Authentication authentication) {
        return ((JwtAuthenticationToken) authentication).getToken().getSubject();
    }
}
