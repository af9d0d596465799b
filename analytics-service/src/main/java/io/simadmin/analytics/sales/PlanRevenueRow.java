package io.simadmin.analytics.sales;

import java.math.BigDecimal;

/** Net revenue of one plan over a range, and how many orders of it were paid in that range. */
public record PlanRevenueRow(String planName, BigDecimal revenue, long paidOrders) {
}
