package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityLog;
import io.simadmin.analytics.orders.OrderRef;
import io.simadmin.analytics.orders.OrderViews;
import io.simadmin.analytics.resellers.ResellerRef;
import io.simadmin.analytics.resellers.ResellerStats;
import io.simadmin.analytics.resellers.ResellerViews;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Orders into {@code order_view} (counted per day, month and source), the reseller's order count, and the feed.
 * Counts orders only: revenue is what was paid, and arrives with payment events.
 */
@Component
class OrderProjection implements Projection {

    static final String CONSUMER = "analytics.orders";

    private final OrderViews orders;
    private final ResellerViews resellers;
    private final ResellerStats stats;
    private final ActivityLog activityLog;

    OrderProjection(OrderViews orders, ResellerViews resellers, ResellerStats stats, ActivityLog activityLog) {
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
        return event instanceof OrderPlaced || event instanceof OrderStatusChanged;
    }

    @Override
    public void apply(EventEnvelope event) {
        Instant at = Activities.occurredAt(event);
        switch (event.payload()) {
            case OrderPlaced e -> {
                UUID orderId = Activities.required(event, e.orderId(), "order");
                boolean newResellerOrder = orders.placed(e, at);
                String resellerName = null;
                if (e.resellerId() != null) {
                    if (newResellerOrder) {
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
                orders.find(orderId).map(OrderRef::resellerId).ifPresent(reseller -> stats.touched(reseller, at));
                activityLog.record(Activities.entry(event, e.actor(), OrderActivities.SUBJECT_TYPE, orderId,
                        OrderActivities.describe(e)));
            }
            default -> throw new IllegalArgumentException(event.type() + " is not an order event");
        }
    }
}
