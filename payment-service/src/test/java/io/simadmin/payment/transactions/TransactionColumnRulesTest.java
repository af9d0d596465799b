package io.simadmin.payment.transactions;

import io.simadmin.test.PostgresTest;
import io.simadmin.test.RefusedWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's own rules for a transaction's type, status and amount and a known order's source and commission
 * state (held by domains since V3, by column checks before): a value outside them is refused with SQL state 23514.
 */
@JdbcTest
@PostgresTest
class TransactionColumnRulesTest {

    private static final String INSERT_TRANSACTION = """
            insert into transactions (id, transaction_number, type, status, amount, currency, created_at, updated_at)
            values (?, ?, ?, ?, ?, 'EUR', now(), now())""";
    private static final String INSERT_KNOWN_ORDER = """
            insert into known_order (order_id, source, commission_state, updated_at) values (?, ?, ?, now())""";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private RefusedWrites refused;

    @BeforeEach
    void refusals() {
        refused = new RefusedWrites(transactions);
    }

    @Test
    void accepts_a_payment_and_a_known_order_within_the_rules() {
        UUID id = UUID.randomUUID();

        jdbc.update(INSERT_TRANSACTION, id, number(id), "payment", "pending", new BigDecimal("12.09"));
        jdbc.update(INSERT_KNOWN_ORDER, id, "app", "none");

        assertThat(jdbc.queryForObject("select amount from transactions where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("12.09");
    }

    @ParameterizedTest
    @CsvSource({"gift, pending, 1.00", "payment, settled, 1.00", "payment, pending, 0.00", "payment, pending, -3.00"})
    void refuses_a_transaction_with_a_value_outside_its_rules(String type, String status, BigDecimal amount) {
        UUID id = UUID.randomUUID();

        assertThat(refused.sqlStateOf(() -> jdbc.update(INSERT_TRANSACTION, id, number(id), type, status, amount)))
                .isEqualTo("23514");
        assertThat(jdbc.queryForObject("select count(*) from transactions where id = ?", Long.class, id)).isZero();
    }

    @Test
    void refuses_a_status_change_to_an_unknown_status() {
        UUID id = UUID.randomUUID();
        jdbc.update(INSERT_TRANSACTION, id, number(id), "payment", "pending", BigDecimal.TEN);

        assertThat(refused.sqlStateOf(() -> jdbc.update("update transactions set status = 'lost' where id = ?", id)))
                .isEqualTo("23514");
    }

    @ParameterizedTest
    @CsvSource({"shop, none", "app, pending"})
    void refuses_a_known_order_with_a_value_outside_its_rules(String source, String commissionState) {
        UUID orderId = UUID.randomUUID();

        assertThat(refused.sqlStateOf(() -> jdbc.update(INSERT_KNOWN_ORDER, orderId, source, commissionState)))
                .isEqualTo("23514");
    }

    private static String number(UUID id) {
        return "TXN-" + id.toString().substring(0, 8);
    }

}
