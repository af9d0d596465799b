package io.simadmin.order.orders;

import io.simadmin.test.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Order numbers from reserved blocks of the sequence (the migrated schema, real PostgreSQL). */
@JdbcTest
@PostgresTest
class OrderNumbersTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Test
    void hands_out_a_block_of_consecutive_numbers_for_one_step_of_the_sequence() {
        OrderNumbers numbers = new OrderNumbers(jdbc);

        List<Long> taken = take(numbers, OrderNumbers.BLOCK);

        long first = taken.getFirst();
        assertThat(taken).isEqualTo(IntStream.range(0, OrderNumbers.BLOCK).mapToObj(i -> first + i).toList());
        assertThat(lastValue()).isEqualTo(first);
        take(numbers, 1);
        assertThat(lastValue()).isEqualTo(first + OrderNumbers.BLOCK);
    }

    @Test
    void two_instances_never_hand_out_the_same_number() {
        OrderNumbers one = new OrderNumbers(jdbc);
        OrderNumbers other = new OrderNumbers(jdbc);

        Set<Long> all = new HashSet<>();
        for (int i = 0; i < 3 * OrderNumbers.BLOCK; i++) {
            all.addAll(take(one, 1));
            all.addAll(take(other, 1));
        }

        assertThat(all).hasSize(6 * OrderNumbers.BLOCK);
    }

    @Test
    void formats_the_year_of_the_order_and_six_digits_or_more() {
        assertThat(OrderNumbers.format(2026, 42)).isEqualTo("ORD-2026-000042");
        assertThat(OrderNumbers.format(2027, 1_234_567)).isEqualTo("ORD-2027-1234567");
        assertThat(new OrderNumbers(jdbc).next(NOW)).matches("ORD-2026-\\d{6,}");
    }

    private static List<Long> take(OrderNumbers numbers, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> Long.parseLong(numbers.next(NOW).substring("ORD-2026-".length()))).toList();
    }

    private long lastValue() {
        return jdbc.sql("select last_value from order_number_seq").query(Long.class).single();
    }
}
