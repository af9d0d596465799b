package io.simadmin.analytics.metrics;

import io.simadmin.analytics.clients.ClientViews;
import io.simadmin.analytics.orders.OrderViews;
import io.simadmin.analytics.resellers.ResellerViews;
import io.simadmin.analytics.sales.DailySales;
import io.simadmin.analytics.users.UserViews;
import io.simadmin.security.AdminsAndModerators;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

@RestController
@Tag(name = "Dashboard")
public class DashboardMetricsController {

    private final ResellerViews resellers;
    private final UserViews users;
    private final ClientViews clients;
    private final OrderViews orders;
    private final DailySales sales;
    private final Clock clock;

    public DashboardMetricsController(ResellerViews resellers, UserViews users, ClientViews clients,
                                      OrderViews orders, DailySales sales, Clock clock) {
        this.resellers = resellers;
        this.users = users;
        this.clients = clients;
        this.orders = orders;
        this.sales = sales;
        this.clock = clock;
    }

    @GetMapping({"/api/dashboard/metrics", "/api/dashboard/metrics/"})
    @AdminsAndModerators
    @Operation(summary = "Key figures of the dashboard",
            description = "As of the last events analytics has applied (usually under a second behind). "
                    + "totalResellers counts resellers that are not deleted (resellersByStatus breaks them down). "
                    + "totalUsers counts every public user (users are blocked, never deleted; usersByStatus: active, "
                    + "blocked, pendingVerification). totalClients counts every reseller client, whatever its status "
                    + "(clients are deactivated, never deleted; clientsByStatus: active, inactive, suspended). "
                    + "ordersToday and ordersThisMonth count orders placed since 00:00 UTC today and since the 1st of "
                    + "this month 00:00 UTC, whatever their status since (a cancelled order was still placed); "
                    + "ordersTodayBySource and ordersThisMonthBySource split them into app and reseller orders. "
                    + "revenueThisMonth is the net revenue booked since the 1st 00:00 UTC, a decimal string: app "
                    + "payments captured (PaymentCompleted) plus reseller orders paid on credit "
                    + "(ResellerCreditReserved), minus refunds (PaymentRefunded) and released credit "
                    + "(ResellerCreditReleased) booked this month, each on the day it happened; "
                    + "revenueThisMonthBySource splits it into app and reseller, revenueToday is the same since "
                    + "00:00 UTC today. Commission is not subtracted (see top-resellers).")
    public DashboardMetrics metrics() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant startOfToday = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant startOfMonth = today.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return DashboardMetrics.of(resellers.liveCounts(), users.counts(), clients.counts(),
                orders.counts(startOfToday, startOfMonth), sales.netRevenueSince(today),
                sales.netRevenueSince(today.withDayOfMonth(1)));
    }
}
