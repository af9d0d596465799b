package io.simadmin.analytics.orders;

import java.util.UUID;

/** What the feed needs to name an order: its number, and whose it is. */
public record OrderRef(UUID orderId, String orderNumber, UUID resellerId) {
}
