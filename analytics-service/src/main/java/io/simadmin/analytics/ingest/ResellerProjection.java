package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityLog;
import io.simadmin.analytics.resellers.ResellerStats;
import io.simadmin.analytics.resellers.ResellerViews;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.events.reseller.ResellerUpdated;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Applies a reseller's own events (registered, updated, status changed, removed) to the reseller view behind the
 * dashboard's counts and to the activity feed. Its clients and credit have projections of their own.
 */
@Component
class ResellerProjection implements Projection {

    // The name this projection has had since the first release: its processed events stay recognised.
    static final String CONSUMER = "analytics.resellers";

    private final ResellerViews resellers;
    private final ResellerStats stats;
    private final ActivityLog activityLog;

    ResellerProjection(ResellerViews resellers, ResellerStats stats, ActivityLog activityLog) {
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
        return event instanceof ResellerRegistered || event instanceof ResellerUpdated
                || event instanceof ResellerStatusChanged || event instanceof ResellerRemoved;
    }

    @Override
    public void apply(EventEnvelope event) {
        Instant at = Activities.occurredAt(event);
        UUID resellerId = switch (event.payload()) {
            case ResellerRegistered e -> {
                UUID id = Activities.required(event, e.resellerId(), "reseller");
                resellers.registered(id, Activities.snapshot(event, e.reseller(), "reseller"), at);
                yield id;
            }
            case ResellerUpdated e -> {
                UUID id = Activities.required(event, e.resellerId(), "reseller");
                resellers.updated(id, Activities.snapshot(event, e.reseller(), "reseller"), at);
                yield id;
            }
            case ResellerStatusChanged e -> {
                UUID id = Activities.required(event, e.resellerId(), "reseller");
                resellers.statusChanged(id, e.businessName(), e.status(), at);
                yield id;
            }
            case ResellerRemoved e -> {
                UUID id = Activities.required(event, e.resellerId(), "reseller");
                resellers.removed(id, e.businessName(), at);
                yield id;
            }
            default -> throw new IllegalArgumentException(event.type() + " is not a reseller event");
        };
        stats.touched(resellerId, at);
        ResellerActivities.entryFor(event).ifPresent(activityLog::record);
    }
}
