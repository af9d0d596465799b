package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityLog;
import io.simadmin.analytics.resellers.ResellerStats;
import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.support.TicketAssigned;
import io.simadmin.events.support.TicketOpened;
import io.simadmin.events.support.TicketReplied;
import io.simadmin.events.support.TicketStatusChanged;
import io.simadmin.events.support.TicketUpdated;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/** Support tickets into the activity feed; a ticket about a reseller also counts as activity around it. */
@Component
class TicketProjection implements Projection {

    static final String CONSUMER = "analytics.support";

    private final ActivityLog activityLog;
    private final ResellerStats stats;

    TicketProjection(ActivityLog activityLog, ResellerStats stats) {
        this.activityLog = activityLog;
        this.stats = stats;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof TicketOpened || event instanceof TicketUpdated || event instanceof TicketAssigned
                || event instanceof TicketReplied || event instanceof TicketStatusChanged;
    }

    @Override
    public void apply(EventEnvelope event) {
        Instant at = Activities.occurredAt(event);
        switch (event.payload()) {
            case TicketOpened e -> record(event, e.actor(), e.ticketId(), e.resellerId(), at, TicketActivities.describe(e));
            case TicketUpdated e -> record(event, e.actor(), e.ticketId(), e.resellerId(), at, TicketActivities.describe(e));
            case TicketAssigned e -> record(event, e.actor(), e.ticketId(), null, at, TicketActivities.describe(e));
            case TicketReplied e -> record(event, e.actor(), e.ticketId(), e.resellerId(), at, TicketActivities.describe(e));
            case TicketStatusChanged e ->
                    record(event, e.actor(), e.ticketId(), e.resellerId(), at, TicketActivities.describe(e));
            default -> throw new IllegalArgumentException(event.type() + " is not a ticket event");
        }
    }

    private void record(EventEnvelope event, Actor actor, UUID ticketId, UUID resellerId, Instant at,
                        String description) {
        Activities.required(event, ticketId, "ticket");
        if (resellerId != null) {
            stats.touched(resellerId, at);
        }
        activityLog.record(Activities.entry(event, actor, TicketActivities.SUBJECT_TYPE, ticketId, description));
    }
}
