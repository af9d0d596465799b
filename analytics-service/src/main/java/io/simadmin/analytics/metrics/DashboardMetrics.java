package io.simadmin.analytics.metrics;

import io.simadmin.analytics.clients.ClientCounts;
import io.simadmin.analytics.orders.OrderCounts;
import io.simadmin.analytics.resellers.ResellerCounts;
import io.simadmin.analytics.users.UserCounts;

import java.math.BigDecimal;

/**
 * The dashboard's key figures, with the seed's field names first and their breakdowns after.
 *
 * @param revenueThisMonth a decimal string on the wire ("0.00"), never a float; stays 0.00 until payment events
 *                         (payment-service) exist, because revenue is what was paid, not what was ordered
 */
public record DashboardMetrics(long totalUsers, long totalResellers, long totalClients, long ordersToday,
                               long ordersThisMonth, BigDecimal revenueThisMonth,
                               ResellersByStatus resellersByStatus, UsersByStatus usersByStatus,
                               ClientsByStatus clientsByStatus, OrdersBySource ordersTodayBySource,
                               OrdersBySource ordersThisMonthBySource) {

    static final BigDecimal NO_REVENUE = new BigDecimal("0.00");

    static DashboardMetrics of(ResellerCounts resellers, UserCounts users, ClientCounts clients, OrderCounts orders) {
        return new DashboardMetrics(users.total(), resellers.total(), clients.total(), orders.today(),
                orders.thisMonth(), NO_REVENUE,
                new ResellersByStatus(resellers.active(), resellers.pending(), resellers.suspended()),
                new UsersByStatus(users.active(), users.blocked(), users.pendingVerification()),
                new ClientsByStatus(clients.active(), clients.inactive(), clients.suspended()),
                new OrdersBySource(orders.todayFromApp(), orders.todayFromResellers()),
                new OrdersBySource(orders.thisMonthFromApp(), orders.thisMonthFromResellers()));
    }
}
