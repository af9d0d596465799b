package io.simadmin.gateway.ratelimit;

import java.time.Duration;

/**
 * {@code capacity} requests at once, refilled evenly over {@code period} (20 per minute: one back every 3 s).
 * Kept as the time at which the bucket is full again (the generic cell rate algorithm): one long, exact integer
 * arithmetic, no refill bookkeeping. Times are nanoTime values passed in, so tests need no clock.
 */
final class TokenBucket {

    private final long interval;
    private final long burst;
    /** When the bucket is full again; at or before now means full. */
    private long fullAt;

    TokenBucket(int capacity, Duration period, long now) {
        this.interval = Math.max(1, period.toNanos() / capacity);
        this.burst = interval * capacity;
        this.fullAt = now;
    }

    /** Takes a token: {@link Duration#ZERO} when there was one, else how long until there is. */
    synchronized Duration take(long now) {
        long next = Math.max(fullAt, now) + interval;
        long overBy = next - now - burst;
        if (overBy > 0) {
            return Duration.ofNanos(overBy);
        }
        fullAt = next;
        return Duration.ZERO;
    }

    /** Full again, i.e. forgetting it changes nothing. */
    synchronized boolean isFull(long now) {
        return fullAt - now <= 0;
    }
}
