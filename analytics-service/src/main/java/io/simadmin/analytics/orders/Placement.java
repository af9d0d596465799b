package io.simadmin.analytics.orders;

import java.time.Instant;

/**
 * What applying an order's placement found.
 *
 * @param first       the first placement seen for the order (a duplicate, even under a new event id, is not)
 * @param cancelledAt when a cancellation of the order was applied before its placement (a replay out of order), so
 *                    that the cancellation can be counted now that the order's source is known; else null
 */
public record Placement(boolean first, Instant cancelledAt) {
}
