package io.simadmin.analytics.sales;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A reseller's sales over a range (or all time), with its name and status as analytics knows them (null when no
 * reseller event has been seen). Money gross, refunds apart, commission beside.
 */
public record ResellerSales(UUID resellerId, String businessName, String status, boolean removed,
                            long ordersPlaced, long ordersCancelled, BigDecimal revenue, BigDecimal refunds,
                            BigDecimal commission) {

    public BigDecimal netRevenue() {
        return revenue.subtract(refunds);
    }
}
