package io.simadmin.order.orders;

import java.time.Instant;

/**
 * One step of an order's status history.
 *
 * @param fromStatus null for the first entry (the order was placed)
 * @param actorType  {@code admin}, {@code reseller} (a partner's system) or {@code system} (the saga)
 * @param note       why: the cancellation reason, "Payment completed", …
 */
public record HistoryEntry(OrderStatus fromStatus, OrderStatus toStatus, String actorType, String actorId,
                           String note, Instant changedAt) {
}
