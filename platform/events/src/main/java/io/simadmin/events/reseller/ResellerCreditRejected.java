package io.simadmin.events.reseller;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A reseller order is not covered; nothing was reserved. order-service cancels the order with {@code reason}.
 *
 * @param reasonCode stable, for programs: {@code reseller_not_found}, {@code reseller_not_active},
 *                   {@code client_not_found}, {@code client_not_active}, {@code monthly_limit_exceeded},
 *                   {@code credit_limit_exceeded}, {@code invalid_total}
 * @param reason     for people, e.g. "Credit limit 1000.00 would be exceeded: balance 990.00 + order 30.00"
 */
public record ResellerCreditRejected(UUID resellerId, UUID orderId, String orderNumber, UUID clientId,
                                     BigDecimal amount, String reasonCode, String reason, Actor actor,
                                     Instant occurredAt) implements DomainEvent {

    public static final String RESELLER_NOT_FOUND = "reseller_not_found";
    public static final String RESELLER_NOT_ACTIVE = "reseller_not_active";
    public static final String CLIENT_NOT_FOUND = "client_not_found";
    public static final String CLIENT_NOT_ACTIVE = "client_not_active";
    public static final String MONTHLY_LIMIT_EXCEEDED = "monthly_limit_exceeded";
    public static final String CREDIT_LIMIT_EXCEEDED = "credit_limit_exceeded";
    public static final String INVALID_TOTAL = "invalid_total";

    /** Keyed by reseller like the other credit events; an order naming no reseller is keyed by itself. */
    @Override
    public String aggregateId() {
        return (resellerId != null ? resellerId : orderId).toString();
    }
}
