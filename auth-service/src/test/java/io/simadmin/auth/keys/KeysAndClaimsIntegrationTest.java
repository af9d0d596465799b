package io.simadmin.auth.keys;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.simadmin.auth.AuthApi;
import io.simadmin.auth.AuthIntegrationTestBase;
import io.simadmin.auth.admins.Admin;
import io.simadmin.auth.admins.AdminRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeysAndClaimsIntegrationTest extends AuthIntegrationTestBase {

    @Autowired
    KeyRing keyRing;

    @Test
    void the_jwks_publishes_the_signing_key_as_a_cacheable_public_rsa_key() throws Exception {
        String kid = keyRing.signingKey().kid();

        AuthApi.Response response = api.call(HttpMethod.GET, "/api/auth/.well-known/jwks.json", null, null, h -> { });

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().getFirst(HttpHeaders.CACHE_CONTROL)).contains("max-age=300", "public");
        JWKSet set = JWKSet.parse(response.body());
        RSAKey key = (RSAKey) set.getKeyByKeyId(kid);
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(response.body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void admin_tokens_carry_the_claims_of_adr_0006_and_verify_against_the_jwks() throws Exception {
        Admin admin = newAdmin(AdminRole.SUPER_ADMIN);

        SignedJWT jwt = SignedJWT.parse(tokenOf(admin));

        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("simadmin-auth");
        assertThat(claims.getAudience()).containsExactly("simadmin-api");
        assertThat(claims.getSubject()).isEqualTo(admin.id().toString());
        assertThat(claims.getStringListClaim("roles")).isEqualTo(List.of("super_admin"));
        assertThat(claims.getStringClaim("email")).isEqualTo(admin.email());
        assertThat(claims.getStringClaim("name")).isEqualTo("Ada Lovelace");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(10));
        RSAKey key = (RSAKey) jwks().getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    }

    @Test
    void a_rotated_key_is_published_before_it_signs_and_the_old_key_stays_published() throws Exception {
        Admin admin = newAdmin(AdminRole.ADMIN);
        String before = keyRing.signingKey().kid();
        String oldToken = tokenOf(admin);

        SigningKey next = keyRing.rotateNow();

        JWKSet published = jwks();
        assertThat(published.getKeyByKeyId(next.kid())).isNotNull();
        assertThat(published.getKeyByKeyId(before)).isNotNull();
        assertThat(next.activatesAt()).isAfter(Instant.now().plus(Duration.ofMinutes(9)));
        assertThat(SignedJWT.parse(tokenOf(admin)).getHeader().getKeyID()).isEqualTo(before);
        assertThat(api.call(HttpMethod.GET, "/api/auth/user", null, oldToken, h -> { }).status()).isEqualTo(200);
    }

    @Test
    void private_keys_are_stored_encrypted() throws Exception {
        String kid = keyRing.signingKey().kid();
        byte[] stored = jdbc.queryForObject("select private_key from signing_key where kid = ?", byte[].class, kid);

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("PRIVATE");
        // A PKCS#8 RSA key starts with a DER sequence (0x30 0x82); the stored bytes are IV + ciphertext.
        byte[] pkcs8 = keyRing.signingKey().jwk().toRSAKey().toRSAPrivateKey().getEncoded();
        assertThat(stored).isNotEqualTo(pkcs8);
        assertThat(java.util.Arrays.copyOfRange(stored, 12, 40)).isNotEqualTo(java.util.Arrays.copyOfRange(pkcs8, 0, 28));
    }

    @Test
    void tokens_that_are_expired_or_signed_by_another_key_are_refused() throws Exception {
        Admin admin = newAdmin(AdminRole.ADMIN);
        SignedJWT good = SignedJWT.parse(tokenOf(admin));
        RSAKey stranger = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID(good.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(good.getHeader(), good.getJWTClaimsSet());
        forged.sign(new com.nimbusds.jose.crypto.RSASSASigner(stranger));
        var expiredClaims = new com.nimbusds.jwt.JWTClaimsSet.Builder(good.getJWTClaimsSet())
                .expirationTime(Date.from(Instant.now().minusSeconds(120))).build();
        SignedJWT expired = new SignedJWT(good.getHeader(), expiredClaims);
        expired.sign(new com.nimbusds.jose.crypto.RSASSASigner(keyRing.signingKey().jwk()));

        assertThat(api.call(HttpMethod.GET, "/api/auth/user", null, forged.serialize(), h -> { }).status()).isEqualTo(401);
        assertThat(api.call(HttpMethod.GET, "/api/auth/user", null, expired.serialize(), h -> { }).status()).isEqualTo(401);
    }

    private JWKSet jwks() throws Exception {
        return JWKSet.parse(api.call(HttpMethod.GET, "/api/auth/.well-known/jwks.json", null, null, h -> { }).body());
    }
}
