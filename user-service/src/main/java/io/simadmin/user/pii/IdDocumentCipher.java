package io.simadmin.user.pii;

import org.springframework.stereotype.Component;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Encrypts ID document numbers at rest with AES-256-GCM under {@code simadmin.users.pii-key}. Stored form:
 * format byte, 12-byte random IV, ciphertext with its 128-bit tag. The user's id is the associated data, so a
 * ciphertext copied into another user's row fails to decrypt instead of showing the wrong person's document.
 */
@Component
public class IdDocumentCipher {

    /** Leaves room for a key rotation later: a new key gets a new format byte and old rows stay readable. */
    private static final byte FORMAT_V1 = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String PROPERTY = "simadmin.users.pii-key";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public IdDocumentCipher(PiiProperties properties) {
        this.key = new SecretKeySpec(decode(properties.piiKey()), "AES");
    }

    public byte[] encrypt(UUID userId, String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(userId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + iv.length + sealed.length).put(FORMAT_V1).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the ID document of user " + userId, e);
        }
    }

    public String decrypt(UUID userId, byte[] stored) {
        if (stored == null || stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != FORMAT_V1) {
            throw new IllegalStateException("the stored ID document of user " + userId + " is not in a known format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(associatedData(userId));
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("cannot decrypt the ID document of user " + userId + ": " + PROPERTY
                    + " is not the key it was stored with, or the row was tampered with", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt the ID document of user " + userId, e);
        }
    }

    private static byte[] associatedData(UUID userId) {
        return userId.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] decode(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(PROPERTY + " is not set: user-service encrypts ID document numbers with "
                    + "it and will not start without it. Give it 32 random bytes in base64 (e.g. `openssl rand "
                    + "-base64 32`) through SIMADMIN_USERS_PII_KEY; keep it secret and keep it: rows stored under one "
                    + "key cannot be read with another.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " (SIMADMIN_USERS_PII_KEY) is not valid base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(PROPERTY + " (SIMADMIN_USERS_PII_KEY) must be 32 bytes in base64, not "
                    + bytes.length);
        }
        return bytes;
    }
}
