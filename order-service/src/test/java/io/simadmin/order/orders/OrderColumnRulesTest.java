package io.simadmin.order.orders;

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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's own rules for an order's coded values and amounts (held by domains since V3, by column checks
 * before): whatever the application lets through, a value outside them is refused with SQL state 23514.
 */
@JdbcTest
@PostgresTest
class OrderColumnRulesTest {

    private static final String CHECK_VIOLATION = "23514";
    private static final Timestamp NOW = Timestamp.from(Instant.parse("2026-11-27T10:00:00Z"));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private UUID planId;
    private RefusedWrites refused;

    @BeforeEach
    void plan() {
        refused = new RefusedWrites(transactions);
        planId = UUID.randomUUID();
        insertPlan(planId, "esim", new BigDecimal("9.99"));
    }

    @Test
    void accepts_an_order_within_the_rules() {
        UUID id = UUID.randomUUID();

        insert("sim_order", order(id, Map.of()));

        assertThat(jdbc.queryForObject("select status from sim_order where id = ?", String.class, id))
                .isEqualTo("pending");
    }

    @ParameterizedTest
    @CsvSource({"status, shipped", "payment_status, owed", "order_type, walk_in", "sim_type, nano"})
    void refuses_an_order_with_an_unknown_coded_value(String column, String value) {
        assertRefused(column, value);
    }

    @ParameterizedTest
    @CsvSource({"plan_price", "delivery_fee", "tax_amount", "service_charge", "total_amount"})
    void refuses_an_order_with_a_negative_amount(String column) {
        assertRefused(column, new BigDecimal("-0.01"));
    }

    @Test
    void refuses_a_status_change_to_an_unknown_status() {
        UUID id = UUID.randomUUID();
        insert("sim_order", order(id, Map.of()));

        assertThat(refused.sqlStateOf(() -> jdbc.update("update sim_order set status = ? where id = ?", "lost", id)))
                .isEqualTo(CHECK_VIOLATION);
        assertThat(jdbc.queryForObject("select status from sim_order where id = ?", String.class, id))
                .isEqualTo("pending");
    }

    @Test
    void refuses_an_app_order_that_names_a_reseller() {
        assertRefused("reseller_id", UUID.randomUUID());
    }

    @ParameterizedTest
    @CsvSource({"nano, 9.99", "esim, -5"})
    void refuses_a_plan_with_a_value_outside_its_rules(String simType, BigDecimal price) {
        assertThat(refused.sqlStateOf(() -> insertPlan(UUID.randomUUID(), simType, price))).isEqualTo(CHECK_VIOLATION);
    }

    private void insertPlan(UUID id, String simType, BigDecimal price) {
        jdbc.update("""
                insert into plan (id, name, network_provider, sim_type, price, currency, active, created_at, updated_at)
                values (?, ?, 'RuleNet', ?, ?, 'EUR', true, now(), now())""", id, "Rules " + id, simType, price);
    }

    private Map<String, Object> order(UUID id, Map<String, Object> overrides) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("order_number", "ORD-2026-" + id.toString().substring(0, 8));
        row.put("order_type", "app_user");
        row.put("user_id", UUID.randomUUID());
        row.put("plan_id", planId);
        row.put("sim_type", "esim");
        row.put("network_provider", "RuleNet");
        row.put("plan_name", "Rules 5GB");
        row.put("plan_price", new BigDecimal("9.99"));
        row.put("currency", "EUR");
        row.put("delivery_address", "1 Rule Street");
        row.put("delivery_fee", BigDecimal.ZERO);
        row.put("tax_amount", new BigDecimal("1.10"));
        row.put("service_charge", new BigDecimal("1.00"));
        row.put("total_amount", new BigDecimal("12.09"));
        row.put("payment_method", "card");
        row.put("status", "pending");
        row.put("payment_status", "pending");
        row.put("created_at", NOW);
        row.put("updated_at", NOW);
        row.putAll(overrides);
        return row;
    }

    private void insert(String table, Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(column -> "?").toList());
        jdbc.update("insert into " + table + " (" + columns + ") values (" + marks + ")", row.values().toArray());
    }

    /** An order valid but for {@code column}'s {@code value} is refused by a check, and nothing is stored. */
    private void assertRefused(String column, Object value) {
        UUID id = UUID.randomUUID();

        assertThat(refused.sqlStateOf(() -> insert("sim_order", order(id, Map.of(column, value)))))
                .isEqualTo(CHECK_VIOLATION);
        assertThat(jdbc.queryForObject("select count(*) from sim_order where id = ?", Long.class, id)).isZero();
    }
}
