package io.simadmin.auth.login;

import java.time.Duration;

/** A token bucket: {@code capacity} requests at once, refilled evenly over {@code refillPeriod}. Not thread-safe. */
final class TokenBucket {

    private final int capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, Duration refillPeriod, long now) {
        this.capacity = capacity;
        this.tokensPerNano = (double) capacity / refillPeriod.toNanos();
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** @return zero when a token was taken, else how long until one is there */
    Duration tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
    }

    boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = Math.max(0, now - updatedAt);
        tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
        updatedAt = now;
    }
}
