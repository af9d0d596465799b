package io.simadmin.auth.keys;

import io.simadmin.auth.AuthProperties;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts signing keys at rest with AES-256-GCM under the key-encryption key from configuration. The key id is
 * the associated data, so a stored key cannot be swapped into another row unnoticed.
 */
@Component
public class KeyEncryption {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec kek;
    private final SecureRandom random = new SecureRandom();

    public KeyEncryption(AuthProperties properties) {
        this.kek = new SecretKeySpec(decode(properties.keyEncryptionKey()), "AES");
    }

    byte[] encrypt(String kid, byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt signing key " + kid, e);
        }
    }

    byte[] decrypt(String kid, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt signing key " + kid
                    + ": simadmin.auth.key-encryption-key is not the key it was stored with", e);
        }
    }

    private static byte[] decode(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("simadmin.auth.key-encryption-key is not set: give auth-service 32 random "
                    + "bytes in base64 (e.g. `openssl rand -base64 32`) through SIMADMIN_AUTH_KEY_ENCRYPTION_KEY");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("simadmin.auth.key-encryption-key is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("simadmin.auth.key-encryption-key must be 32 bytes, not " + key.length);
        }
        return key;
    }
}
