package io.simadmin.analytics.sales;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** One bar of the top resellers chart. */
public record TopReseller(
        @Schema(description = "1 for the highest revenue") int rank,
        UUID resellerId,
        @Schema(description = "as of the last reseller event; null if analytics has seen only its orders or money")
        String businessName,
        @Schema(description = "pending, active or suspended; null if not known") String status,
        @Schema(description = "true once the reseller was deleted; its sales stay") boolean removed,
        @Schema(description = "orders the reseller placed in the period") long orders,
        @Schema(description = "its orders cancelled in the period") long ordersCancelled,
        @Schema(type = "string", example = "300.00", description = "credit reserved for its orders")
        BigDecimal grossRevenue,
        @Schema(type = "string", example = "30.00", description = "credit released for cancelled orders")
        BigDecimal refunds,
        @Schema(type = "string", example = "270.00", description = "net revenue, what the ranking is by")
        BigDecimal revenue,
        @Schema(type = "string", example = "13.50", description = "commission it earned in the period")
        BigDecimal commission) {
}
