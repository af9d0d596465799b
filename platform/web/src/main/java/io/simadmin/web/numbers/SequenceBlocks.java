package io.simadmin.web.numbers;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.regex.Pattern;

/**
 * Numbers from a PostgreSQL sequence that steps by a block: each {@code nextval} reserves the whole block for this
 * instance, so only one number in a block costs a database round trip (order and transaction numbers, taken on
 * every placement). Numbers are unique across instances; like any sequence's they may skip (a restart abandons the
 * rest of a block), and with several instances they are not in the order they were taken.
 *
 * <p>The sequence's {@code INCREMENT BY} must equal the block (a migration sets it); the first call checks that, so
 * a missing migration fails loudly instead of handing out overlapping numbers.
 */
public final class SequenceBlocks {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcTemplate jdbc;
    private final String sequence;
    private final int block;
    private long next;
    private long end;

    public SequenceBlocks(JdbcTemplate jdbc, String sequence, int block) {
        if (!NAME.matcher(sequence).matches()) {
            throw new IllegalArgumentException("not a plain sequence name: " + sequence);
        }
        if (block < 1) {
            throw new IllegalArgumentException("a block holds at least one number: " + block);
        }
        this.jdbc = jdbc;
        this.sequence = sequence;
        this.block = block;
    }

    public synchronized long next() {
        if (next == end) {
            if (end == 0) {
                checkIncrement();
            }
            next = jdbc.queryForObject("select nextval('" + sequence + "')", Long.class);
            end = next + block;
        }
        return next++;
    }

    private void checkIncrement() {
        Long increment = jdbc.queryForObject("select increment_by from pg_sequences where sequencename = ? "
                + "and schemaname = any(current_schemas(false))", Long.class, sequence);
        if (increment == null || increment != block) {
            throw new IllegalStateException("sequence " + sequence + " steps by " + increment + ", not by " + block
                    + ": numbers would overlap between instances (is its migration missing?)");
        }
    }
}
