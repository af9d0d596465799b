package io.simadmin.analytics.sales;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** One source's sales in a bucket. */
public record SalesFigures(
        @Schema(description = "orders placed (whatever became of them later)") long orders,
        @Schema(description = "orders cancelled in the bucket (whenever they were placed)") long ordersCancelled,
        @Schema(type = "string", example = "120.00",
                description = "what was paid: app payments captured, reseller credit reserved")
        BigDecimal grossRevenue,
        @Schema(type = "string", example = "30.00",
                description = "what went back: app refunds, reseller credit released")
        BigDecimal refunds,
        @Schema(type = "string", example = "90.00", description = "net revenue: grossRevenue - refunds")
        BigDecimal revenue) {
}
