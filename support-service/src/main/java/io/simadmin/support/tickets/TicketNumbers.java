package io.simadmin.support.tickets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Human ticket numbers, {@code TCK-2026-000123}: the UTC year the ticket was opened and the next value of the
 * global {@code ticket_number_seq} (why one global sequence rather than one per year: see V1__tickets.sql).
 * Numbers never repeat, may have gaps (rolled-back requests), and grow past six digits when they must.
 */
@Component
class TicketNumbers {

    private final JdbcTemplate jdbc;

    TicketNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String next(Instant now) {
        Long value = jdbc.queryForObject("select nextval('ticket_number_seq')", Long.class);
        return format(now.atZone(ZoneOffset.UTC).getYear(), value);
    }

    static String format(int year, long value) {
        return "TCK-%04d-%06d".formatted(year, value);
    }
}
