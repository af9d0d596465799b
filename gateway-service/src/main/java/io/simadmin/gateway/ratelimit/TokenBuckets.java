package io.simadmin.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * One {@link TokenBucket} per key (limit name + client address), in memory. Buckets that have filled up again are
 * swept when the map grows past {@code sweepAbove}, so a scan from many addresses cannot grow it without bound
 * for long.
 */
final class TokenBuckets {

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final int sweepAbove;

    TokenBuckets(LongSupplier nanoTime, int sweepAbove) {
        this.nanoTime = nanoTime;
        this.sweepAbove = sweepAbove;
    }

    Duration take(String key, int capacity, Duration period) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > sweepAbove) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, period, now)).take(now);
    }

    int size() {
        return buckets.size();
    }
}
