package io.simadmin.events.order;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An order moved along {@code pending → confirmed → dispatched → delivered → activated}, or to
 * {@value #CANCELLED}. Cancelling a reseller order releases the credit reserved for it; cancelling a paid app
 * order refunds it.
 *
 * @param from   the status before, e.g. {@code pending}
 * @param to     the status now, e.g. {@code cancelled}
 * @param reason why (shown in the activity feed), or null
 */
public record OrderStatusChanged(UUID orderId, String orderNumber, String from, String to, String reason,
                                 Actor actor, Instant occurredAt) implements DomainEvent {

    public static final String CANCELLED = "cancelled";

    public boolean cancels() {
        return CANCELLED.equals(to);
    }

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
