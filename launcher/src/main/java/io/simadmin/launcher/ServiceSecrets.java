package io.simadmin.launcher;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Secrets that only some services receive, through their environment (never their command line, which
 * {@code ps} shows), generated once into the secrets file: auth-service's key-encryption key and the demo
 * admins' password; user-service's key for ID document numbers.
 */
final class ServiceSecrets {

    static final String AUTH_SERVICE = "auth-service";
    static final String KEY_ENCRYPTION_KEY_SECRET = "auth.key-encryption-key";
    static final String KEY_ENCRYPTION_KEY_ENV = "SIMADMIN_AUTH_KEY_ENCRYPTION_KEY";
    static final String DEMO_PASSWORD_ENV = "SIMADMIN_AUTH_DEMO_ADMINS_PASSWORD";
    static final String USER_SERVICE = "user-service";
    static final String PII_KEY_SECRET = "users.pii-key";
    static final String PII_KEY_ENV = "SIMADMIN_USERS_PII_KEY";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ServiceSecrets() {
    }

    static Map<String, String> environment(ServiceSpec spec, Secrets secrets, DemoCredentials.DemoPassword demo) {
        return switch (spec.name()) {
            case AUTH_SERVICE -> Map.of(
                    KEY_ENCRYPTION_KEY_ENV, secrets.getOrCreate(KEY_ENCRYPTION_KEY_SECRET, ServiceSecrets::newAesKey),
                    DEMO_PASSWORD_ENV, demo.value());
            // Losing this key makes every stored ID document unreadable: it lives with the data, in the data dir.
            case USER_SERVICE -> Map.of(PII_KEY_ENV, secrets.getOrCreate(PII_KEY_SECRET, ServiceSecrets::newAesKey));
            default -> Map.of();
        };
    }

    /** 256 random bits, base64: an AES-GCM key (signing keys at rest, ID documents at rest). */
    static String newAesKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
