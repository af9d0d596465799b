package io.simadmin.auth.apiclients;

import io.simadmin.auth.tokens.SecureTokens;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks client secrets against their SHA-256. A secret is 256 random bits, so a slow hash would add cost per
 * token request and no protection.
 */
final class ClientSecretDigest implements PasswordEncoder {

    @Override
    public String encode(CharSequence rawPassword) {
        return SecureTokens.sha256(rawPassword.toString());
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && SecureTokens.sameDigest(SecureTokens.sha256(rawPassword.toString()), encodedPassword);
    }
}
