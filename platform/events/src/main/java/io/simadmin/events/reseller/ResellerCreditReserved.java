package io.simadmin.events.reseller;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A reseller order is covered: its total was added to the reseller's balance (and to the client's monthly usage).
 * order-service confirms the order.
 *
 * @param amount       the order total now reserved, scale 2
 * @param balanceAfter the reseller's balance including this reservation; never above {@code creditLimit}
 */
public record ResellerCreditReserved(UUID resellerId, UUID orderId, String orderNumber, UUID clientId,
                                     BigDecimal amount, BigDecimal balanceAfter, BigDecimal creditLimit,
                                     Actor actor, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return resellerId.toString();
    }
}
