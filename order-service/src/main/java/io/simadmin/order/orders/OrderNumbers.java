package io.simadmin.order.orders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * {@code ORD-YYYY-NNNNNN}: the order's year (UTC) and a number from {@code order_number_seq}, six digits or more.
 * The sequence advances {@link #BLOCK} at a time (V2), and each {@code nextval} reserves that many numbers for this
 * instance, so only one placement in {@value #BLOCK} pays a database round trip for its number. Numbers stay unique
 * across instances; like any sequence they may skip (a restart abandons the rest of a block), and with several
 * instances they are not in the order orders were placed.
 */
@Component
class OrderNumbers {

    /** Must equal the sequence's INCREMENT BY. */
    static final int BLOCK = 50;

    private final JdbcClient jdbc;
    private long next;
    private long end;

    OrderNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(Instant createdAt) {
        return format(createdAt.atZone(ZoneOffset.UTC).getYear(), take());
    }

    private synchronized long take() {
        if (next == end) {
            next = jdbc.sql("select nextval('order_number_seq')").query(Long.class).single();
            end = next + BLOCK;
        }
        return next++;
    }

    static String format(int year, long number) {
        return "ORD-%d-%06d".formatted(year, number);
    }
}
