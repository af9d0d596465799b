package io.simadmin.analytics.sales;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** One slice of revenue by plan. */
public record PlanRevenue(
        @Schema(description = "the plan's name when its order was placed; null for money of orders analytics has "
                + "not seen placed") String planName,
        @Schema(type = "string", example = "450.00", description = "net revenue of the plan's orders")
        BigDecimal revenue,
        @Schema(description = "orders of the plan paid in the period") long paidOrders,
        @Schema(type = "string", example = "36.3",
                description = "percent of the total, one decimal; null when the total is not above zero")
        BigDecimal share) {
}
