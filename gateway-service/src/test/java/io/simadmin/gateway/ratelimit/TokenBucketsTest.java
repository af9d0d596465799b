package io.simadmin.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final TokenBuckets buckets = new TokenBuckets(now::get, 2);

    @Test
    void lets_a_burst_of_capacity_through_then_says_how_long_until_the_next_token() {
        for (int i = 0; i < 4; i++) {
            assertThat(buckets.take("a", 4, Duration.ofMinutes(1))).isZero();
        }

        assertThat(buckets.take("a", 4, Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(15));
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(buckets.take("a", 4, Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(5));
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(buckets.take("a", 4, Duration.ofMinutes(1))).isZero();
    }

    @Test
    void keeps_one_bucket_per_key() {
        assertThat(buckets.take("a", 1, Duration.ofMinutes(1))).isZero();
        assertThat(buckets.take("a", 1, Duration.ofMinutes(1))).isPositive();
        assertThat(buckets.take("b", 1, Duration.ofMinutes(1))).isZero();
    }

    @Test
    void forgets_buckets_that_filled_up_again_once_there_are_many() {
        buckets.take("a", 1, Duration.ofMinutes(1));
        buckets.take("b", 1, Duration.ofMinutes(1));
        buckets.take("c", 1, Duration.ofMinutes(1));
        now.addAndGet(Duration.ofMinutes(1).toNanos());

        buckets.take("d", 1, Duration.ofMinutes(1));

        assertThat(buckets.size()).isEqualTo(1);
    }
}
