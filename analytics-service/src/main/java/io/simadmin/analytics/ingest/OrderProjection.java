package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityLog;
import io.simadmin.analytics.orders.OrderRef;
import io.simadmin.analytics.orders.OrderViews;
import io.simadmin.analytics.orders.Placement;
import io.simadmin.analytics.resellers.ResellerRef;
import io.simadmin.analytics.resellers.ResellerStats;
import io.simadmin.analytics.resellers.ResellerViews;
import io.simadmin.analytics.sales.DailySales;
import io.simadmin.analytics.sales.SalesDelta;
import io.simadmin.analytics.sales.SalesSource;
import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.order.DeliveryAssigned;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;
import io.simadmin.events.order.OrderUpdated;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Orders into {@code order_view} (counted per day, month and source), the daily sales' orders placed and cancelled,
 * the reseller's order count, and the feed. Counts orders only: revenue is what was paid, and arrives with payment
 * and credit events ({@link PaymentProjection}, {@link CreditRevenueProjection}).
 */
@Component
class OrderProjection implements Projection {

    static final String CONSUMER = "analytics.orders";

    private final OrderViews orders;
    private final ResellerViews resellers;
    private final ResellerStats stats;
    private final DailySales sales;
    private final ActivityLog activityLog;

    OrderProjection(OrderViews orders, ResellerViews resellers, ResellerStats stats, DailySales sales,
                    ActivityLog activityLog) {
        this.orders = orders;
        this.resellers = resellers;
        this.stats = stats;
        this.sales = sales;
        this.activityLog = activityLog;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof OrderPlaced || event instanceof OrderStatusChanged || event instanceof OrderUpdated
                || event instanceof DeliveryAssigned;
    }

    @Override
    public void apply(EventEnvelope event) {
        Instant at = Activities.occurredAt(event);
        switch (event.payload()) {
            case OrderPlaced e -> {
                UUID orderId = Activities.required(event, e.orderId(), "order");
                Placement placement = orders.placed(e, at);
                String source = SalesSource.of(e.source(), e.resellerId());
                if (placement.first()) {
                    sales.add(day(at), source, e.resellerId(), SalesDelta.orderPlaced());
                    if (placement.cancelledAt() != null) {
                        // The cancellation came first (a replay out of order) and waited for the order's source.
                        sales.add(day(placement.cancelledAt()), source, e.resellerId(), SalesDelta.orderCancelled());
                    }
                }
                String resellerName = null;
                if (e.resellerId() != null) {
                    if (placement.first()) {
                        stats.orderPlaced(e.resellerId(), at);
                    } else {
                        stats.touched(e.resellerId(), at);
                    }
                    resellerName = resellers.find(e.resellerId()).map(ResellerRef::businessName).orElse(null);
                }
                activityLog.record(Activities.entry(event, e.actor(), OrderActivities.SUBJECT_TYPE, orderId,
                        OrderActivities.describe(e, resellerName)));
            }
            case OrderStatusChanged e -> {
                UUID orderId = Activities.required(event, e.orderId(), "order");
                orders.statusChanged(orderId, e.orderNumber(), e.to(), at);
                if (e.cancels()) {
                    orders.cancelled(orderId, at).ifPresent(cancellation -> sales.add(day(at),
                            SalesSource.of(cancellation.source(), cancellation.resellerId()),
                            cancellation.resellerId(), SalesDelta.orderCancelled()));
                }
                record(event, e.actor(), orderId, at, OrderActivities.describe(e));
            }
            case OrderUpdated e -> {
                UUID orderId = Activities.required(event, e.orderId(), "order");
                record(event, e.actor(), orderId, at, OrderActivities.describe(e));
            }
            case DeliveryAssigned e -> {
                UUID orderId = Activities.required(event, e.orderId(), "order");
                record(event, e.actor(), orderId, at, OrderActivities.describe(e));
            }
            default -> throw new IllegalArgumentException(event.type() + " is not an order event");
        }
    }

    /** A feed line about a known order; a reseller's order also counts as activity around the reseller. */
    private void record(EventEnvelope event, Actor actor, UUID orderId, Instant at, String description) {
        orders.find(orderId).map(OrderRef::resellerId).ifPresent(reseller -> stats.touched(reseller, at));
        activityLog.record(Activities.entry(event, actor, OrderActivities.SUBJECT_TYPE, orderId, description));
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
