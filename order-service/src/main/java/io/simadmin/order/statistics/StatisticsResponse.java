package io.simadmin.order.statistics;

import java.time.Instant;

/**
 * {@code GET /api/orders/statistics}: the requested range (from inclusive, to exclusive), today and this month
 * (UTC), each counted the same way.
 */
public record StatisticsResponse(Instant from, Instant to, OrderCounts range, OrderCounts today,
                                 OrderCounts thisMonth) {
}
