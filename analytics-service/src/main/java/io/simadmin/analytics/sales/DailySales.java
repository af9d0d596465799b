package io.simadmin.analytics.sales;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code daily_sales} and {@code reseller_daily_sales} read models: counters per UTC day, moved only by facts
 * seen for the first time (a first placement, a first cancellation, a new money movement), so a replay or a
 * duplicate never counts twice. Money is gross with refunds apart; "revenue" in the API is the difference.
 */
@Repository
public class DailySales {

    private static final RowMapper<ResellerSales> RESELLER_SALES = (rs, n) -> new ResellerSales(
            rs.getObject("reseller_id", UUID.class), rs.getString("business_name"), rs.getString("status"),
            rs.getBoolean("removed"), rs.getLong("orders_placed"), rs.getLong("orders_cancelled"),
            Money.of(rs.getBigDecimal("revenue")), Money.of(rs.getBigDecimal("refunds")),
            Money.of(rs.getBigDecimal("commission")));

    private final JdbcClient jdbc;

    public DailySales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds to the day of the source and, for a reseller's sale, to the reseller's day. Always in this order
     * (source row, then reseller row), so that two projections adding at once never wait on each other in a cycle.
     */
    public void add(LocalDate day, String source, UUID resellerId, SalesDelta delta) {
        if (delta.movesSource()) {
            jdbc.sql("""
                            insert into daily_sales (day, source, orders_placed, orders_cancelled, revenue, refunds)
                            values (:day, :source, :placed, :cancelled, :revenue, :refunds)
                            on conflict (day, source) do update
                              set orders_placed = daily_sales.orders_placed + excluded.orders_placed,
                                  orders_cancelled = daily_sales.orders_cancelled + excluded.orders_cancelled,
                                  revenue = daily_sales.revenue + excluded.revenue,
                                  refunds = daily_sales.refunds + excluded.refunds""")
                    .param("day", day).param("source", source).param("placed", delta.ordersPlaced())
                    .param("cancelled", delta.ordersCancelled()).param("revenue", delta.revenue())
                    .param("refunds", delta.refunds())
                    .update();
        }
        if (resellerId != null) {
            jdbc.sql("""
                            insert into reseller_daily_sales (reseller_id, day, orders_placed, orders_cancelled, revenue,
                                                              refunds, commission)
                            values (:reseller, :day, :placed, :cancelled, :revenue, :refunds, :commission)
                            on conflict (reseller_id, day) do update
                              set orders_placed = reseller_daily_sales.orders_placed + excluded.orders_placed,
                                  orders_cancelled = reseller_daily_sales.orders_cancelled + excluded.orders_cancelled,
                                  revenue = reseller_daily_sales.revenue + excluded.revenue,
                                  refunds = reseller_daily_sales.refunds + excluded.refunds,
                                  commission = reseller_daily_sales.commission + excluded.commission""")
                    .param("reseller", resellerId).param("day", day).param("placed", delta.ordersPlaced())
                    .param("cancelled", delta.ordersCancelled()).param("revenue", delta.revenue())
                    .param("refunds", delta.refunds()).param("commission", delta.commission())
                    .update();
        }
    }

    /** The rows of the days {@code from} to {@code to}, both included; days without sales have no row. */
    public List<DaySourceFigures> between(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select day, source, orders_placed, orders_cancelled, revenue, refunds
                        from daily_sales where day >= :from and day <= :to
                        order by day, source""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new DaySourceFigures(rs.getObject("day", LocalDate.class), rs.getString("source"),
                        rs.getLong("orders_placed"), rs.getLong("orders_cancelled"),
                        Money.of(rs.getBigDecimal("revenue")), Money.of(rs.getBigDecimal("refunds"))))
                .list();
    }

    /** Net revenue by source of the days from {@code from} on (today and this month have no later days). */
    public RevenueBySource netRevenueSince(LocalDate from) {
        return jdbc.sql("""
                        select sum(revenue - refunds) filter (where source = 'app') as app,
                               sum(revenue - refunds) filter (where source = 'reseller') as reseller
                        from daily_sales where day >= :from""")
                .param("from", from)
                .query((rs, n) -> new RevenueBySource(Money.of(rs.getBigDecimal("app")),
                        Money.of(rs.getBigDecimal("reseller"))))
                .single();
    }

    /** The reseller's sales of all time; empty when no order or money of it has been seen. */
    public Optional<ResellerSales> ofReseller(UUID resellerId) {
        return jdbc.sql("""
                        select s.reseller_id, v.business_name, v.status, coalesce(v.removed, false) as removed,
                               s.orders_placed, s.orders_cancelled, s.revenue, s.refunds, s.commission
                        from (select reseller_id, sum(orders_placed) as orders_placed,
                                     sum(orders_cancelled) as orders_cancelled, sum(revenue) as revenue,
                                     sum(refunds) as refunds, sum(commission) as commission
                              from reseller_daily_sales where reseller_id = :id group by reseller_id) s
                        left join reseller_view v on v.reseller_id = s.reseller_id""")
                .param("id", resellerId).query(RESELLER_SALES).optional();
    }

    /**
     * The resellers with the highest net revenue in the days {@code from} to {@code to} (both included); ties by
     * orders placed, then name and id, so that the order never flickers between two calls.
     */
    public List<ResellerSales> top(LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                        select s.reseller_id, v.business_name, v.status, coalesce(v.removed, false) as removed,
                               s.orders_placed, s.orders_cancelled, s.revenue, s.refunds, s.commission
                        from (select reseller_id, sum(orders_placed) as orders_placed,
                                     sum(orders_cancelled) as orders_cancelled, sum(revenue) as revenue,
                                     sum(refunds) as refunds, sum(commission) as commission
                              from reseller_daily_sales where day >= :from and day <= :to group by reseller_id) s
                        left join reseller_view v on v.reseller_id = s.reseller_id
                        order by s.revenue - s.refunds desc, s.orders_placed desc, v.business_name nulls last,
                                 s.reseller_id
                        limit :limit""")
                .param("from", from).param("to", to).param("limit", limit)
                .query(RESELLER_SALES).list();
    }
}
