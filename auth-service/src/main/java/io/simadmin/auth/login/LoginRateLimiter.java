package io.simadmin.auth.login;

import io.simadmin.auth.AuthProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per client address and purpose (login, reset), in memory: a token bucket each. Per instance on purpose: the
 * gateway limits across instances; this one only has to make password guessing slow. Idle buckets are dropped when
 * the map grows, so an address flood cannot exhaust memory.
 */
@Component
public class LoginRateLimiter {

    private static final int SWEEP_ABOVE = 10_000;

    private final int capacity;
    private final Duration refillPeriod;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public LoginRateLimiter(AuthProperties properties, Clock clock) {
        this.capacity = properties.loginRateLimit().capacity();
        this.refillPeriod = properties.loginRateLimit().refillPeriod();
        this.clock = clock;
    }

    /** @throws RetryLaterException 429 when this address has used up its attempts */
    public void acquire(String purpose, HttpServletRequest request) {
        long now = nanos();
        String key = purpose + ":" + clientAddress(request);
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isFull(now);
                }
            });
        }
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, refillPeriod, now));
        Duration wait;
        synchronized (bucket) {
            wait = bucket.tryTake(now);
        }
        if (!wait.isZero()) {
            throw new RetryLaterException(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                    "Too many attempts from your address. Try again in " + Math.max(1, wait.toSeconds() + 1) + " seconds.",
                    wait, clock.instant().plus(wait));
        }
    }

    /**
     * The client as our gateway saw it: the last X-Forwarded-For hop (the gateway appends it; earlier hops are
     * whatever the client claimed), else the socket's peer.
     */
    static String clientAddress(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].trim();
        }
        return request.getRemoteAddr();
    }

    private long nanos() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
