package io.simadmin.auth.passwords;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id at OWASP's minimum cost for a login service (19 MiB, 2 passes, 1 lane). Deliberately not a
 * {@code PasswordEncoder} bean: partner client secrets use another encoder, and one bean of that type would be
 * picked up for both.
 */
@Component
public class PasswordHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;

    private final Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, PARALLELISM, MEMORY_KIB, ITERATIONS);
    /** Compared against when no admin matches, so an unknown login costs the same hash work as a known one. */
    private final String decoy = argon2.encode("decoy-" + System.nanoTime());

    public String hash(String password) {
        return argon2.encode(password);
    }

    /** @param hash null for an admin without a password (invited); still does the work */
    public boolean matches(String password, String hash) {
        if (hash == null) {
            argon2.matches(password, decoy);
            return false;
        }
        return argon2.matches(password, hash);
    }

    /** Burns the time of one verification; for requests about unknown accounts. */
    public void spendVerificationTime(String password) {
        argon2.matches(password == null ? "" : password, decoy);
    }
}
