package io.simadmin.analytics.metrics;

import io.simadmin.analytics.clients.ClientCounts;
import io.simadmin.analytics.orders.OrderCounts;
import io.simadmin.analytics.resellers.ResellerCounts;
import io.simadmin.analytics.sales.RevenueBySource;
import io.simadmin.analytics.users.UserCounts;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The dashboard's key figures, with the seed's field names first and their breakdowns after.
 *
 * @param revenueThisMonth net revenue since the 1st 00:00 UTC: app payments captured plus reseller credit reserved,
 *                         minus refunds and released credit booked this month; a decimal string on the wire
 */
public record DashboardMetrics(long totalUsers, long totalResellers, long totalClients, long ordersToday,
                               long ordersThisMonth,
                               @Schema(type = "string", example = "1520.00",
                                       description = "net revenue this month (UTC): paid minus what went back")
                               BigDecimal revenueThisMonth,
                               ResellersByStatus resellersByStatus, UsersByStatus usersByStatus,
                               ClientsByStatus clientsByStatus, OrdersBySource ordersTodayBySource,
                               OrdersBySource ordersThisMonthBySource,
                               @Schema(type = "string", example = "90.00",
                                       description = "net revenue since 00:00 UTC today")
                               BigDecimal revenueToday,
                               @Schema(description = "revenueThisMonth split into app and reseller orders")
                               RevenueBySource revenueThisMonthBySource) {

    static DashboardMetrics of(ResellerCounts resellers, UserCounts users, ClientCounts clients, OrderCounts orders,
                               RevenueBySource revenueToday, RevenueBySource revenueThisMonth) {
        return new DashboardMetrics(users.total(), resellers.total(), clients.total(), orders.today(),
                orders.thisMonth(), revenueThisMonth.total(),
                new ResellersByStatus(resellers.active(), resellers.pending(), resellers.suspended()),
                new UsersByStatus(users.active(), users.blocked(), users.pendingVerification()),
                new ClientsByStatus(clients.active(), clients.inactive(), clients.suspended()),
                new OrdersBySource(orders.todayFromApp(), orders.todayFromResellers()),
                new OrdersBySource(orders.thisMonthFromApp(), orders.thisMonthFromResellers()),
                revenueToday.total(), revenueThisMonth);
    }
}
