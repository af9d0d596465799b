package io.simadmin.analytics.ingest;

import io.simadmin.analytics.sales.DailySales;
import io.simadmin.analytics.sales.MoneyMovement;
import io.simadmin.analytics.sales.MoneyMovements;
import io.simadmin.analytics.sales.SalesSource;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.reseller.ResellerCreditReleased;
import io.simadmin.events.reseller.ResellerCreditReserved;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Reseller revenue: a reseller order is paid with the reseller's credit, so the reservation of its total is revenue
 * (on the day it was reserved) and the release of a cancelled order's credit is its reversal (on the day released).
 * <p>
 * A projection of its own rather than a part of {@link CreditProjection} (which keeps the balance and the feed lines
 * of the same events): with its own consumer name, the revenue can be built from the credit events kept on the topic
 * by replaying them, while the balance and the feed, which already applied them, pass the replay by.
 */
@Component
class CreditRevenueProjection implements Projection {

    static final String CONSUMER = "analytics.reseller-revenue";

    private final MoneyMovements movements;
    private final DailySales sales;

    CreditRevenueProjection(MoneyMovements movements, DailySales sales) {
        this.movements = movements;
        this.sales = sales;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof ResellerCreditReserved || event instanceof ResellerCreditReleased;
    }

    @Override
    public void apply(EventEnvelope event) {
        Instant at = Activities.occurredAt(event);
        MoneyMovement movement = switch (event.payload()) {
            case ResellerCreditReserved e -> {
                UUID resellerId = Activities.required(event, e.resellerId(), "reseller");
                UUID orderId = Activities.required(event, e.orderId(), "order");
                // At most one reservation per order: the order is the key.
                yield new MoneyMovement("credit-reserved:" + orderId, MoneyMovement.Kind.CREDIT_RESERVED,
                        SalesSource.RESELLER, orderId, resellerId, Amounts.amount(event, e.amount()), null,
                        event.id(), at);
            }
            case ResellerCreditReleased e -> {
                UUID resellerId = Activities.required(event, e.resellerId(), "reseller");
                UUID orderId = Activities.required(event, e.orderId(), "order");
                yield new MoneyMovement("credit-released:" + orderId, MoneyMovement.Kind.CREDIT_RELEASED,
                        SalesSource.RESELLER, orderId, resellerId, Amounts.amount(event, e.amount()), null,
                        event.id(), at);
            }
            default -> throw new IllegalArgumentException(event.type() + " is not a credit event");
        };
        if (movements.record(movement)) {
            sales.add(Amounts.day(movement), movement.source(), movement.resellerId(), movement.delta());
        }
    }
}
