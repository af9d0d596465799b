package io.simadmin.order.orders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/** {@code ORD-YYYY-NNNNNN}: the order's year (UTC) and the next value of {@code order_number_seq}, six digits or more. */
@Component
class OrderNumbers {

    private final JdbcClient jdbc;

    OrderNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(Instant createdAt) {
        long number = jdbc.sql("select nextval('order_number_seq')").query(Long.class).single();
        return format(createdAt.atZone(ZoneOffset.UTC).getYear(), number);
    }

    static String format(int year, long number) {
        return "ORD-%d-%06d".formatted(year, number);
    }
}
