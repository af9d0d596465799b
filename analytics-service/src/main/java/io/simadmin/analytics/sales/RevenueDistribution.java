package io.simadmin.analytics.sales;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The revenue distribution pie: net revenue of the period by source and by plan. */
public record RevenueDistribution(
        @Schema(description = "7d, 30d, 90d or 12m as asked (30d by default); null when from/to were given")
        String range,
        LocalDate from,
        @Schema(description = "last UTC day covered, included") LocalDate to,
        @Schema(type = "string", example = "1240.00", description = "net revenue of the period") BigDecimal total,
        @Schema(description = "always app then reseller, zero included") List<SourceRevenue> bySource,
        @Schema(description = "largest first; plans without money in the period are absent") List<PlanRevenue> byPlan) {
}
