package io.simadmin.auth.tokens;

import io.simadmin.auth.AuthProperties;
import io.simadmin.messaging.outbox.UuidV7;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens in families. A sign-in starts a family that lives 30 days (remember me) or 12 hours; each refresh
 * replaces the token by a new one of the same family and the same end. A replaced token that comes back means two
 * parties hold the family: the whole family is revoked.
 */
@Service
public class RefreshTokens {

    private final RefreshTokenRepository tokens;
    private final Duration sessionTtl;
    private final Duration rememberMeTtl;
    private final Clock clock;

    public RefreshTokens(RefreshTokenRepository tokens, AuthProperties properties, Clock clock) {
        this.tokens = tokens;
        this.sessionTtl = properties.sessionTtl();
        this.rememberMeTtl = properties.rememberMeTtl();
        this.clock = clock;
    }

    @Transactional
    public IssuedRefreshToken startFamily(UUID adminId, boolean rememberMe) {
        Instant now = clock.instant();
        Instant end = now.plus(rememberMe ? rememberMeTtl : sessionTtl);
        return issue(UuidV7.next(), adminId, rememberMe, end, now);
    }

    /**
     * Replaces the presented token. {@code adminStillAllowed} is asked before a new token is made (a deactivated
     * admin's family ends here).
     */
    @Transactional
    public RefreshOutcome rotate(String presented, java.util.function.Predicate<UUID> adminStillAllowed) {
        Instant now = clock.instant();
        Optional<RefreshTokenRepository.Row> found = find(presented);
        if (found.isEmpty()) {
            return new RefreshOutcome.Invalid();
        }
        RefreshTokenRepository.Row row = found.get();
        if (row.revokedAt() != null) {
            return new RefreshOutcome.Invalid();
        }
        if (row.replacedAt() != null || !tokens.markReplaced(row.id(), now)) {
            return new RefreshOutcome.Reused(row.adminId(), row.familyId(), tokens.revokeFamily(row.familyId(), now));
        }
        if (!row.familyExpiresAt().isAfter(now) || !adminStillAllowed.test(row.adminId())) {
            tokens.revokeFamily(row.familyId(), now);
            return new RefreshOutcome.Invalid();
        }
        return new RefreshOutcome.Rotated(issue(row.familyId(), row.adminId(), row.rememberMe(), row.familyExpiresAt(), now));
    }

    /** The family of a presented token, whatever its state (to exempt the caller's own session). */
    @Transactional(readOnly = true)
    public Optional<UUID> familyOf(String presented) {
        return find(presented).map(RefreshTokenRepository.Row::familyId);
    }

    /** Ends the session the token belongs to; unknown tokens change nothing. */
    @Transactional
    public void revokeFamilyOf(String presented) {
        find(presented).ifPresent(row -> tokens.revokeFamily(row.familyId(), clock.instant()));
    }

    /** Ends every session of the admin except {@code keepFamily} (may be null: ends all). */
    @Transactional
    public int revokeAllOf(UUID adminId, UUID keepFamily) {
        return tokens.revokeAllOf(adminId, keepFamily, clock.instant());
    }

    private Optional<RefreshTokenRepository.Row> find(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByHash(SecureTokens.sha256(presented));
    }

    private IssuedRefreshToken issue(UUID familyId, UUID adminId, boolean rememberMe, Instant familyEnd, Instant now) {
        String value = SecureTokens.newSecret();
        tokens.insert(UuidV7.next(), familyId, adminId, SecureTokens.sha256(value), rememberMe, familyEnd, now);
        Duration maxAge = rememberMe ? Duration.between(now, familyEnd) : null;
        return new IssuedRefreshToken(value, familyId, adminId, maxAge);
    }
}
