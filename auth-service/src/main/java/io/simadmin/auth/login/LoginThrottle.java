package io.simadmin.auth.login;

import io.simadmin.auth.AuthProperties;
import io.simadmin.auth.tokens.SecureTokens;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The per-account lockout: {@code maxFailures} failures within the window lock the login for the window. Logins
 * that name nobody are counted and locked the same way (under a hash of the login), so a lockout tells an attacker
 * nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

    /** The outcome of one failure: the count within the window and, when this one locked, until when. */
    public record Failure(int failures, Instant lockedUntil) {
    }

    private final LoginFailureRepository failures;
    private final AuthProperties.Lockout lockout;
    private final Clock clock;

    public LoginThrottle(LoginFailureRepository failures, AuthProperties properties, Clock clock) {
        this.failures = failures;
        this.lockout = properties.lockout();
        this.clock = clock;
    }

    static String keyFor(UUID adminId, String login) {
        return adminId != null ? "admin:" + adminId
                : "login:" + SecureTokens.sha256(login.trim().toLowerCase(Locale.ROOT));
    }

    Optional<Instant> lockedUntil(String key) {
        Instant now = clock.instant();
        return failures.lockedUntil(key).filter(until -> until.isAfter(now));
    }

    Failure recordFailure(String key) {
        Instant now = clock.instant();
        int count = failures.recordFailure(key, now, now.minus(lockout.window()));
        if (count >= lockout.maxFailures()) {
            Instant until = now.plus(lockout.window());
            failures.lock(key, until);
            return new Failure(count, until);
        }
        return new Failure(count, null);
    }

    void clear(String key) {
        failures.clear(key);
    }
}
