package io.simadmin.events.reseller;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The credit reserved for a cancelled reseller order went back to the reseller (and the client's monthly usage).
 * Happens at most once per order.
 */
public record ResellerCreditReleased(UUID resellerId, UUID orderId, UUID clientId, BigDecimal amount,
                                     BigDecimal balanceAfter, Actor actor, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return resellerId.toString();
    }
}
