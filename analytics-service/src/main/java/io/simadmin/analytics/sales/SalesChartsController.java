package io.simadmin.analytics.sales;

import io.simadmin.security.AdminsAndModerators;
import io.simadmin.web.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The dashboard's charts: sales trend, top resellers and revenue distribution; every staff role reads them. */
@RestController
@Tag(name = "Dashboard")
public class SalesChartsController {

    static final int DEFAULT_TOP = 5;
    static final int MAX_TOP = 50;

    private static final String RANGE = "7d, 30d or 90d (that many UTC days including today) or 12m (this month and "
            + "the 11 before); 30d when neither range nor from/to is given";
    private static final String FROM = "first UTC day (2026-01-31), instead of range";
    private static final String TO = "last UTC day, included; today when only from is given";
    private static final String MONEY = " Money is a decimal string; revenue is net: app payments captured "
            + "(PaymentCompleted) and reseller orders paid on credit (ResellerCreditReserved), minus refunds "
            + "(PaymentRefunded) and released credit (ResellerCreditReleased), each on the UTC day it happened. "
            + "Invalid parameters are a 400 problem naming them.";

    private final SalesCharts charts;
    private final Clock clock;

    public SalesChartsController(SalesCharts charts, Clock clock) {
        this.charts = charts;
        this.clock = clock;
    }

    @GetMapping({"/api/dashboard/sales-trend", "/api/dashboard/sales-trend/",
            // the seed's name of the same chart
            "/api/dashboard/sales-trends", "/api/dashboard/sales-trends/"})
    @AdminsAndModerators
    @Operation(summary = "Sales trend: orders and revenue per day or month, by source",
            description = "Every bucket of the period is listed, oldest first, with zeros where nothing happened: "
                    + "daily for 7d, 30d, 90d and from/to, monthly for 12m (granularity overrides; daily buckets "
                    + "cover at most 366 days, monthly at most 120 months). orders counts orders placed, "
                    + "ordersCancelled orders cancelled in the bucket." + MONEY)
    public SalesTrend salesTrend(
            @Parameter(description = RANGE) @RequestParam(required = false) String range,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to,
            @Parameter(description = "day or month; by default month for 12m, else day")
            @RequestParam(required = false) String granularity) {
        return charts.trend(SalesPeriod.bucketed(range, from, to, granularity, today()));
    }

    @GetMapping({"/api/dashboard/top-resellers", "/api/dashboard/top-resellers/"})
    @AdminsAndModerators
    @Operation(summary = "Top resellers by net revenue in a period",
            description = "Highest net revenue first (ties: more orders, then name); with orders placed and "
                    + "commission earned in the period. Removed resellers keep their sales and are listed. "
                    + "A period is at most " + SalesPeriod.MAX_DAYS + " days." + MONEY)
    public TopResellers topResellers(
            @Parameter(description = "how many, 1 to " + MAX_TOP + ", default " + DEFAULT_TOP)
            @RequestParam(required = false) Integer limit,
            @Parameter(description = RANGE) @RequestParam(required = false) String range,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to) {
        int size = limit == null ? DEFAULT_TOP : limit;
        if (size < 1 || size > MAX_TOP) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_TOP);
        }
        return charts.topResellers(SalesPeriod.whole(range, from, to, today()), size);
    }

    @GetMapping({"/api/dashboard/revenue-distribution", "/api/dashboard/revenue-distribution/"})
    @AdminsAndModerators
    @Operation(summary = "Revenue distribution of a period, by source and by plan",
            description = "bySource always lists app then reseller; byPlan lists the plans of the orders the money "
                    + "was for, largest first (planName null: orders analytics has not seen placed). share is the "
                    + "percent of total with one decimal, null when total is not above zero; a slice can be "
                    + "negative when refunds in the period exceed what was paid. A period is at most "
                    + SalesPeriod.MAX_DAYS + " days." + MONEY)
    public RevenueDistribution revenueDistribution(
            @Parameter(description = RANGE) @RequestParam(required = false) String range,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to) {
        return charts.revenueDistribution(SalesPeriod.whole(range, from, to, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
