package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityLog;
import io.simadmin.analytics.orders.OrderRef;
import io.simadmin.analytics.orders.OrderViews;
import io.simadmin.analytics.resellers.ResellerRef;
import io.simadmin.analytics.resellers.ResellerStats;
import io.simadmin.analytics.resellers.ResellerViews;
import io.simadmin.analytics.sales.DailySales;
import io.simadmin.analytics.sales.MoneyMovement;
import io.simadmin.analytics.sales.MoneyMovements;
import io.simadmin.analytics.sales.SalesSource;
import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.payment.CommissionAccrued;
import io.simadmin.events.payment.PaymentCompleted;
import io.simadmin.events.payment.PaymentFailed;
import io.simadmin.events.payment.PaymentRefunded;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * payment-service's events into revenue and the feed. A completed payment adds to the app's revenue and a refund
 * takes from it, on the UTC day each happened; a commission adds to the reseller's commission; a failed payment is a
 * feed line only. Each money fact is counted once by its own key ({@code money_movement}), whatever event id told it.
 * <p>
 * Payment events count for app orders only: reseller orders are paid on the reseller's credit and their revenue comes
 * from the credit reservation ({@link CreditRevenueProjection}). A payment or refund naming a reseller (none is sent
 * today) is shown in the feed but not counted, so a reseller order is never counted twice.
 */
@Component
class PaymentProjection implements Projection {

    static final String CONSUMER = "analytics.payments";

    private final MoneyMovements movements;
    private final DailySales sales;
    private final OrderViews orders;
    private final ResellerViews resellers;
    private final ResellerStats stats;
    private final ActivityLog activityLog;

    PaymentProjection(MoneyMovements movements, DailySales sales, OrderViews orders, ResellerViews resellers,
                      ResellerStats stats, ActivityLog activityLog) {
        this.movements = movements;
        this.sales = sales;
        this.orders = orders;
        this.resellers = resellers;
        this.stats = stats;
        this.activityLog = activityLog;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof PaymentCompleted || event instanceof PaymentRefunded || event instanceof PaymentFailed
                || event instanceof CommissionAccrued;
    }

    @Override
    public void apply(EventEnvelope event) {
        Instant at = Activities.occurredAt(event);
        switch (event.payload()) {
            case PaymentCompleted e -> {
                UUID transactionId = Activities.required(event, e.transactionId(), "transaction");
                Amounts.amount(event, e.amount());
                if (e.resellerId() == null) {
                    count(new MoneyMovement("payment:" + transactionId, MoneyMovement.Kind.PAYMENT, SalesSource.APP,
                            e.orderId(), null, e.amount(), e.currency(), event.id(), at));
                }
                aboutOrder(event, e.actor(), e.orderId(), e.resellerId(), at, PaymentActivities.describe(e));
            }
            case PaymentRefunded e -> {
                UUID refundId = Activities.required(event, e.refundTransactionId(), "refund transaction");
                Amounts.amount(event, e.amount());
                if (e.resellerId() == null) {
                    count(new MoneyMovement("refund:" + refundId, MoneyMovement.Kind.REFUND, SalesSource.APP,
                            e.orderId(), null, e.amount(), e.currency(), event.id(), at));
                }
                aboutOrder(event, e.actor(), e.orderId(), e.resellerId(), at, PaymentActivities.describe(e));
            }
            case PaymentFailed e -> aboutOrder(event, e.actor(), e.orderId(), null, at, PaymentActivities.describe(e));
            case CommissionAccrued e -> {
                UUID orderId = Activities.required(event, e.orderId(), "order");
                UUID resellerId = Activities.required(event, e.resellerId(), "reseller");
                Amounts.amount(event, e.amount());
                count(new MoneyMovement("commission:" + orderId, MoneyMovement.Kind.COMMISSION,
                        SalesSource.RESELLER, orderId, resellerId, e.amount(), e.currency(), event.id(), at));
                stats.touched(resellerId, at);
                String orderNumber = orders.find(orderId).map(OrderRef::orderNumber).orElse(null);
                String resellerName = resellers.find(resellerId).map(ResellerRef::businessName).orElse(null);
                activityLog.record(Activities.entry(event, e.actor(), CreditActivities.SUBJECT_TYPE, resellerId,
                        PaymentActivities.describe(e, orderNumber, resellerName)));
            }
            default -> throw new IllegalArgumentException(event.type() + " is not a payment event");
        }
    }

    private void count(MoneyMovement movement) {
        if (movements.record(movement)) {
            sales.add(Amounts.day(movement), movement.source(), movement.resellerId(), movement.delta());
        }
    }

    /** Payments are about an order (its history shows them); a reseller's also count as activity around it. */
    private void aboutOrder(EventEnvelope event, Actor actor, UUID orderId, UUID resellerId, Instant at,
                            String description) {
        Activities.required(event, orderId, "order");
        if (resellerId != null) {
            stats.touched(resellerId, at);
        }
        activityLog.record(Activities.entry(event, actor, OrderActivities.SUBJECT_TYPE, orderId, description));
    }
}
