package io.simadmin.events.payment;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A reseller earned commission on an order (payment-service computes it from the reseller's commission rate).
 * reseller-service books it into the reseller's credit ledger, where it lowers what the reseller owes.
 *
 * @param amount the commission, positive, scale 2
 */
public record CommissionAccrued(UUID orderId, UUID resellerId, BigDecimal amount, String currency, Actor actor,
                                Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
