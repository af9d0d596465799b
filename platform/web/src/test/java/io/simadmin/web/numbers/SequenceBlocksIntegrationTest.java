package io.simadmin.web.numbers;

import io.simadmin.test.SharedInfrastructure;
import io.simadmin.test.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers from reserved blocks of a real PostgreSQL sequence. */
class SequenceBlocksIntegrationTest {

    private static final int BLOCK = 10;
    private static JdbcTemplate jdbc;

    private final String sequence = "seq_" + UUID.randomUUID().toString().replace('-', '_');

    @BeforeAll
    static void connect() {
        TestDatabase database = SharedInfrastructure.testDatabase("platform_web");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password()));
    }

    @Test
    void hands_out_a_block_of_consecutive_numbers_for_one_step_of_the_sequence() {
        jdbc.execute("create sequence " + sequence + " increment by " + BLOCK);
        SequenceBlocks numbers = new SequenceBlocks(jdbc, sequence, BLOCK);

        List<Long> taken = take(numbers, BLOCK);

        assertThat(taken).isEqualTo(IntStream.rangeClosed(1, BLOCK).mapToObj(Long::valueOf).toList());
        assertThat(lastValue()).isEqualTo(1);
        numbers.next();
        assertThat(lastValue()).isEqualTo(1 + BLOCK);
    }

    @Test
    void two_instances_never_hand_out_the_same_number() {
        jdbc.execute("create sequence " + sequence + " increment by " + BLOCK);
        SequenceBlocks one = new SequenceBlocks(jdbc, sequence, BLOCK);
        SequenceBlocks other = new SequenceBlocks(jdbc, sequence, BLOCK);

        Set<Long> all = new HashSet<>();
        for (int i = 0; i < 3 * BLOCK; i++) {
            all.add(one.next());
            all.add(other.next());
        }

        assertThat(all).hasSize(6 * BLOCK);
    }

    @Test
    void refuses_a_sequence_that_does_not_step_by_the_block() {
        jdbc.execute("create sequence " + sequence);
        SequenceBlocks numbers = new SequenceBlocks(jdbc, sequence, BLOCK);

        assertThatThrownBy(numbers::next).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("steps by 1, not by " + BLOCK);
        assertThat(jdbc.queryForObject("select is_called from " + sequence, Boolean.class)).isFalse();
    }

    @Test
    void accepts_only_plain_sequence_names() {
        assertThatThrownBy(() -> new SequenceBlocks(jdbc, "x'); drop table y; --", BLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Long> take(SequenceBlocks numbers, int count) {
        return IntStream.range(0, count).mapToObj(i -> numbers.next()).toList();
    }

    private long lastValue() {
        return jdbc.queryForObject("select last_value from " + sequence, Long.class);
    }
}
