package io.simadmin.auth.login;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allows_the_capacity_at_once_then_one_more_per_refill_share() {
        TokenBucket bucket = new TokenBucket(10, Duration.ofMinutes(1), 0);
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.tryTake(0)).isZero();
        }

        Duration wait = bucket.tryTake(0);

        assertThat(wait).isBetween(Duration.ofMillis(5900), Duration.ofSeconds(6));
        assertThat(bucket.tryTake(6 * SECOND)).isZero();
        assertThat(bucket.tryTake(6 * SECOND)).isPositive();
    }

    @Test
    void never_holds_more_than_its_capacity() {
        TokenBucket bucket = new TokenBucket(2, Duration.ofSeconds(2), 0);

        assertThat(bucket.isFull(3600 * SECOND)).isTrue();
        bucket.tryTake(3600 * SECOND);
        bucket.tryTake(3600 * SECOND);
        assertThat(bucket.tryTake(3600 * SECOND)).isPositive();
    }
}
