package io.simadmin.order.orders;

import io.simadmin.test.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Order numbers from the migrated sequence (real PostgreSQL); the blocks themselves: SequenceBlocksIntegrationTest. */
@JdbcTest
@PostgresTest
class OrderNumbersTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void takes_a_block_of_consecutive_numbers_per_step_of_the_migrated_sequence() {
        OrderNumbers numbers = new OrderNumbers(jdbc);

        List<Long> taken = IntStream.range(0, OrderNumbers.BLOCK)
                .mapToObj(i -> Long.parseLong(numbers.next(NOW).substring("ORD-2026-".length()))).toList();

        long first = taken.getFirst();
        assertThat(taken).isEqualTo(IntStream.range(0, OrderNumbers.BLOCK).mapToObj(i -> first + i).toList());
        assertThat(jdbc.queryForObject("select last_value from order_number_seq", Long.class)).isEqualTo(first);
    }

    @Test
    void formats_the_year_of_the_order_and_six_digits_or_more() {
        assertThat(OrderNumbers.format(2026, 42)).isEqualTo("ORD-2026-000042");
        assertThat(OrderNumbers.format(2027, 1_234_567)).isEqualTo("ORD-2027-1234567");
        assertThat(new OrderNumbers(jdbc).next(NOW)).matches("ORD-2026-\\d{6,}");
    }
}
