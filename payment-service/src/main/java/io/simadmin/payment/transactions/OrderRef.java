package io.simadmin.payment.transactions;

import java.util.UUID;

/** The order a transaction belongs to, and whose it is (an app user's or a reseller's). */
public record OrderRef(UUID orderId, String orderNumber, UUID userId, UUID resellerId) {
}
