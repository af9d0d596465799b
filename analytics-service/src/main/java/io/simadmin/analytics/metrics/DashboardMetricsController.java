package io.simadmin.analytics.metrics;

import io.simadmin.analytics.resellers.ResellerViews;
import io.simadmin.security.AdminsAndModerators;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dashboard")
public class DashboardMetricsController {

    private final ResellerViews resellers;

    public DashboardMetricsController(ResellerViews resellers) {
        this.resellers = resellers;
    }

    @GetMapping({"/api/dashboard/metrics", "/api/dashboard/metrics/"})
    @AdminsAndModerators
    @Operation(summary = "Key figures of the dashboard",
            description = "totalResellers counts resellers that are not deleted, with a breakdown by status, as "
                    + "of the last reseller event analytics has applied (usually under a second behind). "
                    + "totalUsers, totalClients, ordersToday, ordersThisMonth and revenueThisMonth are 0 for now: "
                    + "counts from order/user events arrive with those services.")
    public DashboardMetrics metrics() {
        return DashboardMetrics.of(resellers.liveCounts());
    }
}
