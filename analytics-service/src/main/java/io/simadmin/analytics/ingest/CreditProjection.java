package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityLog;
import io.simadmin.analytics.orders.OrderRef;
import io.simadmin.analytics.orders.OrderViews;
import io.simadmin.analytics.resellers.ResellerRef;
import io.simadmin.analytics.resellers.ResellerStats;
import io.simadmin.analytics.resellers.ResellerViews;
import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.reseller.ResellerCreditAdjusted;
import io.simadmin.events.reseller.ResellerCreditRejected;
import io.simadmin.events.reseller.ResellerCreditReleased;
import io.simadmin.events.reseller.ResellerCreditReserved;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * A reseller's credit events into its balance ({@code reseller_stats.credit_balance} = the newest event's
 * {@code balanceAfter}) and the activity feed, about the reseller. A rejection moves no balance.
 */
@Component
class CreditProjection implements Projection {

    static final String CONSUMER = "analytics.reseller-credit";

    private final ResellerStats stats;
    private final ResellerViews resellers;
    private final OrderViews orders;
    private final ActivityLog activityLog;

    CreditProjection(ResellerStats stats, ResellerViews resellers, OrderViews orders, ActivityLog activityLog) {
        this.stats = stats;
        this.resellers = resellers;
        this.orders = orders;
        this.activityLog = activityLog;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof ResellerCreditReserved || event instanceof ResellerCreditRejected
                || event instanceof ResellerCreditReleased || event instanceof ResellerCreditAdjusted;
    }

    @Override
    public void apply(EventEnvelope event) {
        Instant at = Activities.occurredAt(event);
        switch (event.payload()) {
            case ResellerCreditReserved e -> {
                UUID resellerId = Activities.required(event, e.resellerId(), "reseller");
                stats.creditBalance(resellerId, e.balanceAfter(), at);
                record(event, e.actor(), resellerId, CreditActivities.describe(e, resellerName(resellerId)));
            }
            case ResellerCreditReleased e -> {
                UUID resellerId = Activities.required(event, e.resellerId(), "reseller");
                stats.creditBalance(resellerId, e.balanceAfter(), at);
                String orderNumber = orders.find(e.orderId()).map(OrderRef::orderNumber).orElse(null);
                record(event, e.actor(), resellerId,
                        CreditActivities.describe(e, orderNumber, resellerName(resellerId)));
            }
            case ResellerCreditAdjusted e -> {
                UUID resellerId = Activities.required(event, e.resellerId(), "reseller");
                stats.creditBalance(resellerId, e.balanceAfter(), at);
                record(event, e.actor(), resellerId, CreditActivities.describe(e, resellerName(resellerId)));
            }
            case ResellerCreditRejected e -> {
                // An order naming an unknown or no reseller is refused too; the feed shows it about the order then.
                if (e.resellerId() != null) {
                    stats.touched(e.resellerId(), at);
                    record(event, e.actor(), e.resellerId(), CreditActivities.describe(e, resellerName(e.resellerId())));
                } else {
                    activityLog.record(Activities.entry(event, e.actor(), OrderActivities.SUBJECT_TYPE, e.orderId(),
                            CreditActivities.describe(e, null)));
                }
            }
            default -> throw new IllegalArgumentException(event.type() + " is not a credit event");
        }
    }

    private void record(EventEnvelope event, Actor actor, UUID resellerId, String description) {
        activityLog.record(Activities.entry(event, actor, CreditActivities.SUBJECT_TYPE, resellerId, description));
    }

    private String resellerName(UUID resellerId) {
        return resellers.find(resellerId).map(ResellerRef::businessName).orElse(null);
    }
}
