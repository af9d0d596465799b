package io.simadmin.payment.transactions;

import io.simadmin.test.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Transaction numbers from the migrated sequence (real PostgreSQL); the blocks: SequenceBlocksIntegrationTest. */
@JdbcTest
@PostgresTest
class TransactionNumbersTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void takes_a_block_of_consecutive_numbers_per_step_of_the_migrated_sequence() {
        TransactionNumbers numbers = new TransactionNumbers(jdbc);

        List<String> taken = IntStream.range(0, TransactionNumbers.BLOCK).mapToObj(i -> numbers.next(NOW)).toList();

        long first = jdbc.queryForObject("select last_value from transaction_number_seq", Long.class);
        assertThat(taken).isEqualTo(IntStream.range(0, TransactionNumbers.BLOCK)
                .mapToObj(i -> "TXN-2026-%06d".formatted(first + i)).toList());
    }
}
