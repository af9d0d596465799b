package io.simadmin.analytics.metrics;

import io.simadmin.analytics.resellers.ResellerCounts;

import java.math.BigDecimal;

/**
 * The dashboard's key figures, with the seed's field names.
 *
 * @param revenueThisMonth a decimal string on the wire ("0.00"), never a float
 */
public record DashboardMetrics(long totalUsers, long totalResellers, long totalClients, long ordersToday,
                               long ordersThisMonth, BigDecimal revenueThisMonth,
                               ResellersByStatus resellersByStatus) {

    static final BigDecimal NO_REVENUE = new BigDecimal("0.00");

    /**
     * Only resellers have an event stream so far. Users, clients, orders and revenue are genuinely 0 here, not
     * placeholders for numbers kept elsewhere: their counts come from user, reseller-client, order and payment
     * events, which arrive with those services.
     */
    static DashboardMetrics of(ResellerCounts resellers) {
        return new DashboardMetrics(0, resellers.total(), 0, 0, 0, NO_REVENUE,
                new ResellersByStatus(resellers.active(), resellers.pending(), resellers.suspended()));
    }
}
