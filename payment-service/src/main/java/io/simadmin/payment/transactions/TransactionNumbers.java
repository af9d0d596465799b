package io.simadmin.payment.transactions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Human numbers {@code TXN-YYYY-NNNNNN} from a database sequence: unique across instances without a lock. The
 * counter does not restart each year (a sequence cannot do that safely), so numbers only grow; past 999999 they
 * simply get longer.
 */
@Component
public class TransactionNumbers {

    private final JdbcTemplate jdbc;

    TransactionNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String next(Instant now) {
        Long n = jdbc.queryForObject("select nextval('transaction_number_seq')", Long.class);
        return "TXN-%d-%06d".formatted(now.atZone(ZoneOffset.UTC).getYear(), n);
    }
}
