package io.simadmin.order.orders;

import io.simadmin.web.numbers.SequenceBlocks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * {@code ORD-YYYY-NNNNNN}: the order's year (UTC) and a number from {@code order_number_seq}, six digits or more,
 * reserved {@value #BLOCK} at a time (V2), so only one placement in {@value #BLOCK} pays a round trip for its number.
 */
@Component
class OrderNumbers {

    /** The sequence's INCREMENT BY (V2). */
    static final int BLOCK = 50;

    private final SequenceBlocks numbers;

    OrderNumbers(JdbcTemplate jdbc) {
        this.numbers = new SequenceBlocks(jdbc, "order_number_seq", BLOCK);
    }

    String next(Instant createdAt) {
        return format(createdAt.atZone(ZoneOffset.UTC).getYear(), numbers.next());
    }

    static String format(int year, long number) {
        return "ORD-%d-%06d".formatted(year, number);
    }
}
