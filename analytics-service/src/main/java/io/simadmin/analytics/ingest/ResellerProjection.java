package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityLog;
import io.simadmin.analytics.resellers.ResellerViews;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.events.reseller.ResellerUpdated;
import io.simadmin.messaging.consumer.MalformedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Applies one reseller event to the read models: the reseller view behind the dashboard's counts and the
 * activity feed. Runs inside the idempotent consumer's transaction, so both change together or not at all.
 */
@Component
class ResellerProjection {

    private static final Logger log = LoggerFactory.getLogger(ResellerProjection.class);

    private final ResellerViews resellers;
    private final ActivityLog activityLog;

    ResellerProjection(ResellerViews resellers, ActivityLog activityLog) {
        this.resellers = resellers;
        this.activityLog = activityLog;
    }

    void apply(EventEnvelope event) {
        Instant at = ResellerActivities.occurredAt(event);
        switch (event.payload()) {
            case ResellerRegistered e -> {
                requireSnapshot(event, e.reseller());
                resellers.registered(resellerId(event, e.resellerId()), e.reseller(), at);
            }
            case ResellerUpdated e -> {
                requireSnapshot(event, e.reseller());
                resellers.updated(resellerId(event, e.resellerId()), e.reseller(), at);
            }
            case ResellerStatusChanged e ->
                    resellers.statusChanged(resellerId(event, e.resellerId()), e.businessName(), e.status(), at);
            case ResellerRemoved e -> resellers.removed(resellerId(event, e.resellerId()), e.businessName(), at);
            default -> {
                // Another event type sharing the topic (a later reseller-service version): nothing to show yet.
                log.debug("ignoring {} event {} on the reseller topic", event.type(), event.id());
                return;
            }
        }
        ResellerActivities.entryFor(event).ifPresent(activityLog::record);
    }

    /** An event about no reseller can never be applied; retrying it would only delay the events behind it. */
    private static UUID resellerId(EventEnvelope event, UUID resellerId) {
        if (resellerId == null) {
            throw new MalformedEventException("event " + event.id() + " (" + event.type() + ") names no reseller", null);
        }
        return resellerId;
    }

    private static void requireSnapshot(EventEnvelope event, Object snapshot) {
        if (snapshot == null) {
            throw new MalformedEventException("event " + event.id() + " (" + event.type() + ") carries no reseller", null);
        }
    }
}
