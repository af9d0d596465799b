package io.simadmin.payment.transactions;

import io.simadmin.web.numbers.SequenceBlocks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Human numbers {@code TXN-YYYY-NNNNNN} from a database sequence: unique across instances without a lock. The
 * counter does not restart each year (a sequence cannot do that safely), so numbers only grow; past 999999 they
 * simply get longer. Numbers are reserved {@value #BLOCK} at a time (V2), so only one transaction in {@value #BLOCK}
 * pays a round trip for its number.
 */
@Component
public class TransactionNumbers {

    /** The sequence's INCREMENT BY (V2). */
    static final int BLOCK = 50;

    private final SequenceBlocks numbers;

    TransactionNumbers(JdbcTemplate jdbc) {
        this.numbers = new SequenceBlocks(jdbc, "transaction_number_seq", BLOCK);
    }

    public String next(Instant now) {
        return "TXN-%d-%06d".formatted(now.atZone(ZoneOffset.UTC).getYear(), numbers.next());
    }
}
