package io.simadmin.analytics.sales;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The {@code money_movement} ledger: each money fact once, and revenue by plan read from it. */
@Repository
public class MoneyMovements {

    private final JdbcClient jdbc;

    public MoneyMovements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return {@code true} when the fact is new, {@code false} when it was already counted (then count nothing) */
    public boolean record(MoneyMovement movement) {
        return jdbc.sql("""
                        insert into money_movement (movement_key, kind, source, order_id, reseller_id, amount, currency,
                                                    event_id, occurred_at)
                        values (:key, :kind, :source, :order, :reseller, :amount, :currency, :event, :at)
                        on conflict (movement_key) do nothing""")
                .param("key", movement.key()).param("kind", movement.kind().column())
                .param("source", movement.source()).param("order", movement.orderId())
                .param("reseller", movement.resellerId()).param("amount", movement.amount())
                .param("currency", movement.currency()).param("event", movement.eventId())
                .param("at", Timestamp.from(movement.occurredAt()))
                .update() == 1;
    }

    /**
     * Net revenue (payments and reserved credit minus refunds and released credit) of the movements in
     * {@code [from, to)}, by the plan of their order; {@code planName} is null for orders analytics has not seen
     * placed. Largest first.
     */
    public List<PlanRevenueRow> byPlan(Instant from, Instant to) {
        return jdbc.sql("""
                        select o.plan_name,
                               sum(case when m.kind in ('payment', 'credit_reserved') then m.amount else -m.amount end)
                                   as revenue,
                               count(distinct m.order_id) filter (where m.kind in ('payment', 'credit_reserved'))
                                   as orders
                        from money_movement m left join order_view o on o.order_id = m.order_id
                        where m.occurred_at >= :from and m.occurred_at < :to and m.kind <> 'commission'
                        group by o.plan_name
                        order by revenue desc, o.plan_name nulls last""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new PlanRevenueRow(rs.getString("plan_name"), Money.of(rs.getBigDecimal("revenue")),
                        rs.getLong("orders")))
                .list();
    }
}
