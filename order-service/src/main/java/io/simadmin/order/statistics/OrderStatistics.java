package io.simadmin.order.statistics;

import io.simadmin.order.orders.OrderStatus;
import io.simadmin.order.orders.OrderType;
import io.simadmin.order.orders.PaymentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Counts orders of a createdAt window in one grouped query (a range scan of the created_at index), folded here into
 * the shapes the API shows.
 */
@Component
class OrderStatistics {

    private final JdbcClient jdbc;

    OrderStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Group(String status, String orderType, String paymentStatus, String currency, long count,
                         BigDecimal amount) {
    }

    /** @param resellerId only this reseller's orders (partners), or null for all */
    OrderCounts count(Instant from, Instant to, UUID resellerId) {
        var statement = jdbc.sql("""
                        select status, order_type, payment_status, currency, count(*) as n, sum(total_amount) as amount
                        from sim_order
                        where created_at >= :from and created_at < :to"""
                        + (resellerId == null ? "" : " and reseller_id = :resellerId")
                        + " group by status, order_type, payment_status, currency")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to));
        if (resellerId != null) {
            statement = statement.param("resellerId", resellerId);
        }
        List<Group> groups = statement.query((rs, n) -> new Group(rs.getString("status"), rs.getString("order_type"),
                        rs.getString("payment_status"), rs.getString("currency"), rs.getLong("n"),
                        rs.getBigDecimal("amount")))
                .list();
        Map<String, Long> byStatus = zeros(OrderStatus.values().length);
        for (OrderStatus s : OrderStatus.values()) {
            byStatus.put(s.value(), 0L);
        }
        Map<String, Long> bySource = zeros(2);
        for (OrderType t : OrderType.values()) {
            bySource.put(t.source(), 0L);
        }
        Map<String, Long> byPayment = zeros(PaymentStatus.values().length);
        for (PaymentStatus p : PaymentStatus.values()) {
            byPayment.put(p.value(), 0L);
        }
        Map<String, BigDecimal[]> money = new TreeMap<>();
        long total = 0;
        for (Group g : groups) {
            total += g.count();
            byStatus.merge(g.status(), g.count(), Long::sum);
            bySource.merge(OrderType.fromValue(g.orderType()).map(OrderType::source).orElse(g.orderType()), g.count(),
                    Long::sum);
            byPayment.merge(g.paymentStatus(), g.count(), Long::sum);
            BigDecimal[] sums = money.computeIfAbsent(g.currency(),
                    c -> new BigDecimal[]{BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            if (!OrderStatus.CANCELLED.value().equals(g.status())) {
                sums[0] = sums[0].add(g.amount());
            }
            if (PaymentStatus.PAID.value().equals(g.paymentStatus())) {
                sums[1] = sums[1].add(g.amount());
            }
        }
        List<Revenue> revenue = new ArrayList<>();
        money.forEach((currency, sums) -> revenue.add(new Revenue(currency, sums[0], sums[1])));
        return new OrderCounts(total, byStatus, bySource, byPayment, revenue);
    }

    private static Map<String, Long> zeros(int size) {
        return new LinkedHashMap<>(size * 2);
    }
}
