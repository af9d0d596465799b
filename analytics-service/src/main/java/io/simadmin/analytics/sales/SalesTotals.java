package io.simadmin.analytics.sales;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** The whole period's figures (the sum of its buckets). */
public record SalesTotals(
        long orders,
        long ordersCancelled,
        @Schema(type = "string", example = "1200.00") BigDecimal grossRevenue,
        @Schema(type = "string", example = "60.00") BigDecimal refunds,
        @Schema(type = "string", example = "1140.00") BigDecimal revenue,
        SalesBySource bySource) {
}
