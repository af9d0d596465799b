package io.simadmin.analytics.sales;

import java.math.BigDecimal;

/** Adds {@code daily_sales} rows up into a bucket's figures. */
final class FiguresSum {

    private long orders;
    private long ordersCancelled;
    private BigDecimal grossRevenue = BigDecimal.ZERO;
    private BigDecimal refunds = BigDecimal.ZERO;

    void add(DaySourceFigures row) {
        orders += row.ordersPlaced();
        ordersCancelled += row.ordersCancelled();
        grossRevenue = grossRevenue.add(row.revenue());
        refunds = refunds.add(row.refunds());
    }

    void add(FiguresSum other) {
        orders += other.orders;
        ordersCancelled += other.ordersCancelled;
        grossRevenue = grossRevenue.add(other.grossRevenue);
        refunds = refunds.add(other.refunds);
    }

    BigDecimal net() {
        return Money.of(grossRevenue.subtract(refunds));
    }

    SalesFigures figures() {
        return new SalesFigures(orders, ordersCancelled, Money.of(grossRevenue), Money.of(refunds), net());
    }

    long orders() {
        return orders;
    }

    long ordersCancelled() {
        return ordersCancelled;
    }

    BigDecimal grossRevenue() {
        return Money.of(grossRevenue);
    }

    BigDecimal refunds() {
        return Money.of(refunds);
    }
}
