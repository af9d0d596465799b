package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityLog;
import io.simadmin.analytics.users.UserViews;
import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.user.UserPiiRevealed;
import io.simadmin.events.user.UserRegistered;
import io.simadmin.events.user.UserStatusChanged;
import io.simadmin.events.user.UserUpdated;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/** Public users into {@code user_view} and the activity feed, including the audit of who read their ID document. */
@Component
class UserProjection implements Projection {

    static final String CONSUMER = "analytics.users";

    private final UserViews users;
    private final ActivityLog activityLog;

    UserProjection(UserViews users, ActivityLog activityLog) {
        this.users = users;
        this.activityLog = activityLog;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof UserRegistered || event instanceof UserUpdated || event instanceof UserStatusChanged
                || event instanceof UserPiiRevealed;
    }

    @Override
    public void apply(EventEnvelope event) {
        Instant at = Activities.occurredAt(event);
        switch (event.payload()) {
            case UserRegistered e -> {
                UUID id = Activities.required(event, e.userId(), "user");
                users.registered(id, Activities.snapshot(event, e.user(), "user"), at);
                record(event, e.actor(), id, UserActivities.describe(e));
            }
            case UserUpdated e -> {
                UUID id = Activities.required(event, e.userId(), "user");
                users.updated(id, Activities.snapshot(event, e.user(), "user"), at);
                record(event, e.actor(), id, UserActivities.describe(e));
            }
            case UserStatusChanged e -> {
                UUID id = Activities.required(event, e.userId(), "user");
                users.statusChanged(id, e.fullName(), e.status(), at);
                record(event, e.actor(), id, UserActivities.describe(e));
            }
            case UserPiiRevealed e -> {
                UUID id = Activities.required(event, e.userId(), "user");
                record(event, e.actor(), id, UserActivities.describe(e, users.fullName(id).orElse(null)));
            }
            default -> throw new IllegalArgumentException(event.type() + " is not a user event");
        }
    }

    private void record(EventEnvelope event, Actor actor, UUID userId, String description) {
        activityLog.record(Activities.entry(event, actor, UserActivities.SUBJECT_TYPE, userId, description));
    }
}
