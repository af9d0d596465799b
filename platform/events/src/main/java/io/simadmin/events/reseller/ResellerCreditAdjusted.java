package io.simadmin.events.reseller;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An admin corrected a reseller's balance by hand (a payment received, a goodwill credit), with a reason; the
 * activity feed shows who did it.
 *
 * @param amount       the change: positive raises what the reseller owes, negative lowers it
 * @param balanceAfter the reseller's balance after the change
 */
public record ResellerCreditAdjusted(UUID resellerId, UUID entryId, BigDecimal amount, BigDecimal balanceAfter,
                                     String reason, Actor actor, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return resellerId.toString();
    }
}
