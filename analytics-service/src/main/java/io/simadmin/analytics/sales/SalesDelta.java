package io.simadmin.analytics.sales;

import java.math.BigDecimal;

/**
 * What one event adds to a day's sales. {@code revenue} is gross (captured or reserved), {@code refunds} what went
 * back; both positive. {@code commission} only moves the reseller's figures, never the source's.
 */
public record SalesDelta(long ordersPlaced, long ordersCancelled, BigDecimal revenue, BigDecimal refunds,
                         BigDecimal commission) {

    public static SalesDelta orderPlaced() {
        return new SalesDelta(1, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public static SalesDelta orderCancelled() {
        return new SalesDelta(0, 1, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public static SalesDelta revenue(BigDecimal amount) {
        return new SalesDelta(0, 0, amount, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public static SalesDelta refund(BigDecimal amount) {
        return new SalesDelta(0, 0, BigDecimal.ZERO, amount, BigDecimal.ZERO);
    }

    public static SalesDelta commission(BigDecimal amount) {
        return new SalesDelta(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, amount);
    }

    boolean movesSource() {
        return ordersPlaced != 0 || ordersCancelled != 0 || revenue.signum() != 0 || refunds.signum() != 0;
    }
}
