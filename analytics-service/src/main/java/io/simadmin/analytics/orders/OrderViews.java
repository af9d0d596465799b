package io.simadmin.analytics.orders;

import io.simadmin.events.order.OrderPlaced;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code order_view} read model, kept minimal: which orders were placed when, from where, for which reseller,
 * and their status. Totals and revenue are not kept here: revenue counts what was paid, which payment events
 * will tell.
 */
@Repository
public class OrderViews {

    private final JdbcClient jdbc;

    public OrderViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return {@code true} when this is the first time the order is known as a reseller's order, so that it counts
     *         once for the reseller even when a status change arrived before the placement (a replay)
     */
    public boolean placed(OrderPlaced order, Instant at) {
        Optional<UUID> knownReseller = jdbc.sql("select reseller_id from order_view where order_id = :id for update")
                .param("id", order.orderId()).query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
                .optional().flatMap(r -> r);
        // The status a placement gives ("pending") only wins when no later status change was applied first.
        jdbc.sql("""
                        insert into order_view (order_id, order_number, source, reseller_id, client_id, user_id,
                                                placed_at, status, status_at)
                        values (:id, :number, :source, :reseller, :client, :user, :at, 'pending', :at)
                        on conflict (order_id) do update
                          set order_number = excluded.order_number,
                              source = excluded.source,
                              reseller_id = excluded.reseller_id,
                              client_id = excluded.client_id,
                              user_id = excluded.user_id,
                              placed_at = excluded.placed_at""")
                .param("id", order.orderId()).param("number", order.orderNumber()).param("source", order.source())
                .param("reseller", order.resellerId()).param("client", order.clientId()).param("user", order.userId())
                .param("at", Timestamp.from(at)).update();
        return order.resellerId() != null && knownReseller.isEmpty();
    }

    public void statusChanged(UUID orderId, String orderNumber, String status, Instant at) {
        jdbc.sql("""
                        insert into order_view (order_id, order_number, status, status_at)
                        values (:id, :number, :status, :at)
                        on conflict (order_id) do update
                          set status = excluded.status,
                              status_at = excluded.status_at,
                              order_number = coalesce(order_view.order_number, excluded.order_number)
                          where order_view.status_at <= excluded.status_at""")
                .param("id", orderId).param("number", orderNumber).param("status", status)
                .param("at", Timestamp.from(at)).update();
    }

    public Optional<OrderRef> find(UUID orderId) {
        return jdbc.sql("select order_number, reseller_id from order_view where order_id = :id").param("id", orderId)
                .query((rs, n) -> new OrderRef(orderId, rs.getString(1), rs.getObject(2, UUID.class))).optional();
    }

    /** Placed orders, whatever became of them later (a cancelled order was still placed), by UTC day and month. */
    public OrderCounts counts(Instant startOfToday, Instant startOfMonth) {
        return jdbc.sql("""
                        select count(*) filter (where placed_at >= :today) as today,
                               count(*) filter (where placed_at >= :today and source = 'app') as today_app,
                               count(*) filter (where placed_at >= :today and source = 'reseller') as today_reseller,
                               count(*) as month,
                               count(*) filter (where source = 'app') as month_app,
                               count(*) filter (where source = 'reseller') as month_reseller
                        from order_view where placed_at >= :month""")
                .param("today", Timestamp.from(startOfToday)).param("month", Timestamp.from(startOfMonth))
                .query((rs, n) -> new OrderCounts(rs.getLong("today"), rs.getLong("today_app"),
                        rs.getLong("today_reseller"), rs.getLong("month"), rs.getLong("month_app"),
                        rs.getLong("month_reseller")))
                .single();
    }
}
