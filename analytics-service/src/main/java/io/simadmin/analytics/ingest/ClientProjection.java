package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityLog;
import io.simadmin.analytics.clients.ClientViews;
import io.simadmin.analytics.resellers.ResellerRef;
import io.simadmin.analytics.resellers.ResellerStats;
import io.simadmin.analytics.resellers.ResellerViews;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.reseller.ResellerClientAdded;
import io.simadmin.events.reseller.ResellerClientChanged;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/** Reseller clients into {@code client_view}, their reseller's client count, and the activity feed. */
@Component
class ClientProjection implements Projection {

    static final String CONSUMER = "analytics.reseller-clients";

    private final ClientViews clients;
    private final ResellerViews resellers;
    private final ResellerStats stats;
    private final ActivityLog activityLog;

    ClientProjection(ClientViews clients, ResellerViews resellers, ResellerStats stats, ActivityLog activityLog) {
        this.clients = clients;
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
        return event instanceof ResellerClientAdded || event instanceof ResellerClientChanged;
    }

    @Override
    public void apply(EventEnvelope event) {
        Instant at = Activities.occurredAt(event);
        switch (event.payload()) {
            case ResellerClientAdded e -> {
                UUID resellerId = Activities.required(event, e.resellerId(), "reseller");
                UUID clientId = Activities.required(event, e.clientId(), "client");
                track(resellerId, clients.apply(clientId, resellerId,
                        Activities.snapshot(event, e.client(), "client"), true, at), at);
                activityLog.record(Activities.entry(event, e.actor(), ClientActivities.SUBJECT_TYPE, clientId,
                        ClientActivities.describe(e, resellerName(resellerId))));
            }
            case ResellerClientChanged e -> {
                UUID resellerId = Activities.required(event, e.resellerId(), "reseller");
                UUID clientId = Activities.required(event, e.clientId(), "client");
                track(resellerId, clients.apply(clientId, resellerId,
                        Activities.snapshot(event, e.client(), "client"), false, at), at);
                activityLog.record(Activities.entry(event, e.actor(), ClientActivities.SUBJECT_TYPE, clientId,
                        ClientActivities.describe(e, resellerName(resellerId))));
            }
            default -> throw new IllegalArgumentException(event.type() + " is not a client event");
        }
    }

    private void track(UUID resellerId, boolean firstSeen, Instant at) {
        if (firstSeen) {
            stats.clientAdded(resellerId, at);
        } else {
            stats.touched(resellerId, at);
        }
    }

    private String resellerName(UUID resellerId) {
        return resellers.find(resellerId).map(ResellerRef::businessName).orElse(null);
    }
}
