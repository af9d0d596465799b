package io.simadmin.analytics.orders;

import io.simadmin.events.order.OrderPlaced;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code order_view} read model, kept minimal: which orders were placed when, from where, for which reseller
 * and plan, their status, and when they were cancelled. Totals and revenue are not kept here: revenue counts what
 * was paid, which the money events tell ({@code money_movement}).
 */
@Repository
public class OrderViews {

    private final JdbcClient jdbc;

    public OrderViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the placement. The first placement's time stays the order's placement time, so that a duplicate told
     * later (under another event id) neither moves the order to another day nor counts it again.
     */
    public Placement placed(OrderPlaced order, Instant at) {
        Optional<PriorPlacement> prior = jdbc.sql(
                        "select placed_at, cancelled_at from order_view where order_id = :id for update")
                .param("id", order.orderId())
                .query((rs, n) -> new PriorPlacement(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))))
                .optional();
        // The status a placement gives ("pending") only wins when no later status change was applied first.
        jdbc.sql("""
                        insert into order_view (order_id, order_number, source, reseller_id, client_id, user_id,
                                                plan_id, plan_name, placed_at, status, status_at)
                        values (:id, :number, :source, :reseller, :client, :user, :planId, :planName, :at, 'pending',
                                :at)
                        on conflict (order_id) do update
                          set order_number = excluded.order_number,
                              source = excluded.source,
                              reseller_id = excluded.reseller_id,
                              client_id = excluded.client_id,
                              user_id = excluded.user_id,
                              plan_id = excluded.plan_id,
                              plan_name = excluded.plan_name,
                              placed_at = coalesce(order_view.placed_at, excluded.placed_at)""")
                .param("id", order.orderId()).param("number", order.orderNumber()).param("source", order.source())
                .param("reseller", order.resellerId()).param("client", order.clientId()).param("user", order.userId())
                .param("planId", order.planId()).param("planName", order.planName())
                .param("at", Timestamp.from(at)).update();
        boolean first = prior.map(p -> p.placedAt() == null).orElse(true);
        return new Placement(first, first ? prior.map(PriorPlacement::cancelledAt).orElse(null) : null);
    }

    /**
     * Marks the order cancelled at {@code at} unless a cancellation was already applied.
     *
     * @return the order's source and reseller when this is its first cancellation and its placement is known;
     *         empty for a repeated cancellation, or when the placement has not arrived yet (it counts the
     *         cancellation then, see {@link Placement#cancelledAt()})
     */
    public Optional<Cancellation> cancelled(UUID orderId, Instant at) {
        return jdbc.sql("""
                        update order_view set cancelled_at = :at
                        where order_id = :id and cancelled_at is null
                        returning source, reseller_id, placed_at""")
                .param("id", orderId).param("at", Timestamp.from(at))
                .query((rs, n) -> new CancelledRow(rs.getString("source"), rs.getObject("reseller_id", UUID.class),
                        rs.getTimestamp("placed_at") != null))
                .optional()
                .filter(CancelledRow::placed)
                .map(row -> new Cancellation(row.source(), row.resellerId()));
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

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record PriorPlacement(Instant placedAt, Instant cancelledAt) {
    }

    private record CancelledRow(String source, UUID resellerId, boolean placed) {
    }
}
