package io.simadmin.order.orders;

import java.util.UUID;

/**
 * Who an order is for, as the projections know them at placement: the user of an app order, or the reseller and
 * client of a reseller order, with the name and phone the orders list searches.
 */
record OrderParty(OrderType type, UUID userId, UUID resellerId, UUID clientId, String name, String phone) {
}
