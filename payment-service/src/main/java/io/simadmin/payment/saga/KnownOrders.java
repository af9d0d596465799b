package io.simadmin.payment.saga;

import io.simadmin.events.order.OrderPlaced;
import io.simadmin.payment.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code known_order} table: orders as their events described them. Rows may be created by any order event,
 * so a status change replayed before its OrderPlaced is remembered rather than lost.
 */
@Component
public class KnownOrders {

    private static final RowMapper<KnownOrder> ROW = (rs, n) -> new KnownOrder(rs.getObject("order_id", UUID.class),
            rs.getString("order_number"), rs.getString("source"), rs.getObject("user_id", UUID.class),
            rs.getObject("reseller_id", UUID.class), rs.getObject("client_id", UUID.class), rs.getString("plan_name"),
            rs.getBigDecimal("total"), rs.getString("currency"), rs.getString("payment_method"),
            instant(rs.getTimestamp("placed_at")), rs.getString("status"), instant(rs.getTimestamp("cancelled_at")),
            instant(rs.getTimestamp("delivered_at")), rs.getString("commission_state"));

    private final JdbcTemplate jdbc;

    KnownOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Remembers a placed order, once: a repeated OrderPlaced changes nothing.
     *
     * @return the order and whether this call placed it
     */
    public Remembered remember(OrderPlaced placed, Instant now) {
        List<KnownOrder> inserted = jdbc.query("""
                        insert into known_order (order_id, order_number, source, user_id, reseller_id, client_id, plan_name,
                                                 total, currency, payment_method, placed_at, status, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, 'pending'), ?)
                        on conflict (order_id) do update set
                            order_number = coalesce(known_order.order_number, excluded.order_number),
                            source = excluded.source, user_id = excluded.user_id, reseller_id = excluded.reseller_id,
                            client_id = excluded.client_id, plan_name = excluded.plan_name, total = excluded.total,
                            currency = excluded.currency, payment_method = excluded.payment_method,
                            placed_at = excluded.placed_at, updated_at = excluded.updated_at
                        where known_order.source is null
                        returning *""", ROW,
                placed.orderId(), placed.orderNumber(), placed.placedByReseller() ? KnownOrder.RESELLER : KnownOrder.APP,
                placed.userId(), placed.resellerId(), placed.clientId(), truncate(placed.planName(), 200),
                Money.exact(placed.total()).orElse(null), Money.currency(placed.currency()),
                truncate(placed.paymentMethod(), 30), Timestamp.from(placed.occurredAt()), null, Timestamp.from(now));
        if (!inserted.isEmpty()) {
            return new Remembered(inserted.getFirst(), true);
        }
        return new Remembered(find(placed.orderId()).orElseThrow(), false);
    }

    /** Records a status move; cancellation and delivery keep the first time they were seen. */
    public void recordStatus(UUID orderId, String orderNumber, String status, boolean cancels, boolean delivers,
                             Instant at, Instant now) {
        Timestamp when = Timestamp.from(at);
        jdbc.update("""
                        insert into known_order (order_id, order_number, status, cancelled_at, delivered_at, updated_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (order_id) do update set
                            order_number = coalesce(known_order.order_number, excluded.order_number),
                            status = excluded.status,
                            cancelled_at = coalesce(known_order.cancelled_at, excluded.cancelled_at),
                            delivered_at = coalesce(known_order.delivered_at, excluded.delivered_at),
                            updated_at = excluded.updated_at""",
                orderId, orderNumber, truncate(status, 20), cancels ? when : null, delivers ? when : null,
                Timestamp.from(now));
    }

    public Optional<KnownOrder> find(UUID orderId) {
        return jdbc.query("select * from known_order where order_id = ?", ROW, orderId).stream().findFirst();
    }

    /** Row lock: one commission decision per order at a time. */
    public Optional<KnownOrder> lock(UUID orderId) {
        return jdbc.query("select * from known_order where order_id = ? for update", ROW, orderId).stream().findFirst();
    }

    public boolean isCancelled(UUID orderId) {
        return orderId != null && find(orderId).map(KnownOrder::cancelled).orElse(false);
    }

    public void setCommissionState(UUID orderId, String state) {
        jdbc.update("update known_order set commission_state = ? where order_id = ?", state, orderId);
    }

    /** Delivered orders of a reseller whose commission waits for the reseller's rate. */
    public List<UUID> waitingForRate(UUID resellerId) {
        return jdbc.queryForList("""
                select order_id from known_order where reseller_id = ? and commission_state = 'waiting'
                order by delivered_at""", UUID.class, resellerId);
    }

    public record Remembered(KnownOrder order, boolean firstTime) {
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
