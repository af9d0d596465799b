package io.simadmin.auth.keys;

import com.nimbusds.jose.jwk.RSAKey;

import java.time.Instant;

/** One RSA key pair with its id: published from {@code createdAt}, signing from {@code activatesAt}. */
public record SigningKey(String kid, RSAKey jwk, Instant createdAt, Instant activatesAt) {

    public RSAKey publicJwk() {
        return jwk.toPublicJWK();
    }
}
