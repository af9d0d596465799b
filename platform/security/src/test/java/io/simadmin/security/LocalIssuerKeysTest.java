package io.simadmin.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.simadmin.security.SecurityProperties.TrustedIssuer;
import io.simadmin.security.jwt.JwksHttp;
import io.simadmin.security.jwt.TrustedIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.client.RestTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.simadmin.security.SignedTokens.rsa;
import static io.simadmin.security.SignedTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An issuer whose keys the service holds itself: same checks, no HTTP. */
class LocalIssuerKeysTest {

    private static final RSAKey KEY = rsa("local-1");
    private static final JWKSource<SecurityContext> HELD = (selector, context) -> selector.select(new JWKSet(KEY.toPublicJWK()));
    /** Any HTTP fetch fails the test: the plain and balanced clients are both unusable. */
    private static final JwksHttp NO_HTTP = new JwksHttp(new RestTemplate((uri, method) -> {
        throw new AssertionError("fetched keys over HTTP from " + uri);
    }), null);

    @Test
    void checks_tokens_of_a_configured_issuer_against_held_keys_instead_of_its_jwk_set_uri() throws Exception {
        TrustedIssuers issuers = new TrustedIssuers(
                Map.of("auth", new TrustedIssuer("simadmin-auth", "lb://auth-service/jwks", "simadmin-api", "roles", Map.of())),
                NO_HTTP, List.of(new LocalIssuerKeys("simadmin-auth", HELD)));

        assertThat(issuers.decoder("simadmin-auth").decode(token("simadmin-auth", "simadmin-api", "someone", KEY))
                .getClaimAsStringList("roles")).containsExactly("admin");
    }

    @Test
    void trusts_a_held_issuer_nobody_configured_with_the_default_audience() throws Exception {
        TrustedIssuers issuers = new TrustedIssuers(Map.of(), NO_HTTP, List.of(new LocalIssuerKeys("simadmin-auth", HELD)));

        assertThat(issuers.issuers()).containsExactly("simadmin-auth");
        assertThat(issuers.decoder("simadmin-auth").decode(token("simadmin-auth", "simadmin-api", "someone", KEY)).getSubject())
                .isEqualTo("someone");
        assertThatThrownBy(() -> issuers.decoder("simadmin-auth").decode(token("simadmin-auth", "other-api", "someone", KEY)))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void refuses_a_token_signed_by_a_key_it_does_not_hold() throws Exception {
        TrustedIssuers issuers = new TrustedIssuers(Map.of(), NO_HTTP, List.of(new LocalIssuerKeys("simadmin-auth", HELD)));
        String signedElsewhere = token("simadmin-auth", "simadmin-api", "someone", rsa("local-1"));

        assertThatThrownBy(() -> issuers.decoder("simadmin-auth").decode(signedElsewhere))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void refuses_a_copy_of_a_remembered_token_whose_claims_were_altered() throws Exception {
        TrustedIssuers issuers = new TrustedIssuers(Map.of(), NO_HTTP, List.of(new LocalIssuerKeys("simadmin-auth", HELD)));
        String genuine = token("simadmin-auth", "simadmin-api", "someone", KEY);
        issuers.decoder("simadmin-auth").decode(genuine);
        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"admin\"", "\"super_admin\"");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(issuers.decoder("simadmin-auth").decode(genuine).getClaimAsStringList("roles")).containsExactly("admin");
        assertThatThrownBy(() -> issuers.decoder("simadmin-auth").decode(altered)).isInstanceOf(JwtException.class);
    }
}
