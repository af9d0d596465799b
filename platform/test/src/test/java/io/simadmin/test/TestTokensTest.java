package io.simadmin.test;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestTokensTest {

    @Test
    void serves_the_public_key_over_http_and_signs_admin_tokens_with_it() throws Exception {
        RSAKey published = publishedKey();
        SignedJWT token = SignedJWT.parse(TestTokens.admin());

        assertThat(published.isPrivate()).isFalse();
        assertThat(token.verify(new RSASSAVerifier(published))).isTrue();
        assertThat(token.getHeader().getKeyID()).isEqualTo(TestTokens.KEY_ID);
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(TestTokens.ISSUER);
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(TestTokens.AUDIENCE);
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo(TestTokens.ADMIN_ID.toString());
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("admin");
        assertThat(token.getJWTClaimsSet().getExpirationTime()).isAfter(new Date());
    }

    @Test
    void gives_partners_their_reseller_and_scopes() throws Exception {
        UUID reseller = UUID.randomUUID();
        var claims = SignedJWT.parse(TestTokens.partner(reseller, "orders:read", "clients:write")).getJWTClaimsSet();

        assertThat(claims.getStringListClaim("roles")).containsExactly("partner");
        assertThat(claims.getStringClaim("reseller_id")).isEqualTo(reseller.toString());
        assertThat(claims.getStringClaim("scope")).isEqualTo("orders:read clients:write");
    }

    @Test
    void forges_tokens_that_a_verifier_must_reject() throws Exception {
        RSAKey published = publishedKey();

        assertThat(SignedJWT.parse(TestTokens.signedByUnknownKey()).verify(new RSASSAVerifier(published))).isFalse();
        assertThat(JWTParser.parse(TestTokens.algNone())).isInstanceOf(PlainJWT.class);
        assertThat(SignedJWT.parse(TestTokens.hs256()).getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        assertThat(SignedJWT.parse(TestTokens.expired()).getJWTClaimsSet().getExpirationTime()).isBefore(new Date());
        assertThat(SignedJWT.parse(TestTokens.wrongIssuer()).getJWTClaimsSet().getIssuer()).isNotEqualTo(TestTokens.ISSUER);
        assertThat(SignedJWT.parse(TestTokens.wrongAudience()).getJWTClaimsSet().getAudience())
                .doesNotContain(TestTokens.AUDIENCE);
    }

    private static RSAKey publishedKey() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestTokens.jwkSetUri())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JWKSet.parse(response.body()).getKeyByKeyId(TestTokens.KEY_ID).toRSAKey();
    }
}
