package io.simadmin.launcher;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Secrets that only some services receive, through their environment (never their command line, which
 * {@code ps} shows): auth-service's key-encryption key, generated once into the secrets file, and the demo
 * admins' password.
 */
final class ServiceSecrets {

    static final String AUTH_SERVICE = "auth-service";
    static final String KEY_ENCRYPTION_KEY_SECRET = "auth.key-encryption-key";
    static final String KEY_ENCRYPTION_KEY_ENV = "SIMADMIN_AUTH_KEY_ENCRYPTION_KEY";
    static final String DEMO_PASSWORD_ENV = "SIMADMIN_AUTH_DEMO_ADMINS_PASSWORD";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ServiceSecrets() {
    }

    static Map<String, String> environment(ServiceSpec spec, Secrets secrets, DemoCredentials.DemoPassword demo) {
        if (!AUTH_SERVICE.equals(spec.name())) {
            return Map.of();
        }
        return Map.of(
                KEY_ENCRYPTION_KEY_ENV, secrets.getOrCreate(KEY_ENCRYPTION_KEY_SECRET, ServiceSecrets::newAesKey),
                DEMO_PASSWORD_ENV, demo.value());
    }

    /** 256 random bits, base64: the AES-GCM key that encrypts auth-service's token signing keys at rest. */
    static String newAesKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
