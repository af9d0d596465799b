package io.simadmin.auth.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When keys are made, sign and leave the key set. A new key is published {@code publishLead} before it signs (so
 * resource servers' cached key sets know it in time); an old key leaves once the newer one has signed for longer
 * than any token lives, plus a margin for clocks and caches.
 */
public record KeySchedule(Duration rotationPeriod, Duration publishLead, Duration longestTokenLife) {

    private static final Duration MARGIN = Duration.ofMinutes(5);

    /** The newest key that has started signing. */
    public Optional<SigningKey> signer(List<SigningKey> keys, Instant now) {
        return keys.stream().filter(k -> !k.activatesAt().isAfter(now))
                .max(Comparator.comparing(SigningKey::activatesAt));
    }

    /** True when there is no key, or when the newest one is due for a successor. */
    public boolean needsNewKey(List<SigningKey> keys, Instant now) {
        return keys.stream().map(SigningKey::activatesAt).max(Comparator.naturalOrder())
                .map(newest -> !newest.plus(rotationPeriod).minus(publishLead).isAfter(now))
                .orElse(true);
    }

    /** When a key made now starts signing: at once for the very first key (nobody can hold a stale key set). */
    public Instant activationOfNewKey(List<SigningKey> keys, Instant now) {
        return keys.isEmpty() ? now : now.plus(publishLead);
    }

    /** Keys whose tokens have all expired: a newer key has been signing for longer than a token lives. */
    public List<SigningKey> retired(List<SigningKey> keys, Instant now) {
        return keys.stream().filter(key -> keys.stream().anyMatch(newer ->
                        newer.activatesAt().isAfter(key.activatesAt())
                                && !newer.activatesAt().plus(longestTokenLife).plus(MARGIN).isAfter(now)))
                .toList();
    }
}
