package io.simadmin.analytics.sales;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One point of the sales trend: both sources together, then each. */
public record SalesBucket(
        @Schema(description = "the bucket's label: 2026-11-26 for a day, 2026-11 for a month") String period,
        @Schema(description = "first UTC day of the bucket (a month cut by from starts there)") LocalDate start,
        @Schema(description = "last UTC day of the bucket, included") LocalDate end,
        long orders,
        long ordersCancelled,
        @Schema(type = "string", example = "120.00") BigDecimal grossRevenue,
        @Schema(type = "string", example = "30.00") BigDecimal refunds,
        @Schema(type = "string", example = "90.00", description = "net revenue: grossRevenue - refunds")
        BigDecimal revenue,
        SalesBySource bySource) {
}
