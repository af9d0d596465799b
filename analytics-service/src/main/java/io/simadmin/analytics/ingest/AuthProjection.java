package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.ActivityLog;
import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.auth.AdminChanged;
import io.simadmin.events.auth.AdminLoggedIn;
import io.simadmin.events.auth.LoginFailed;
import io.simadmin.events.auth.PasswordResetRequested;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Admin sign-ins, failed sign-ins, reset requests and account changes into the activity feed; no read model. */
@Component
class AuthProjection implements Projection {

    static final String CONSUMER = "analytics.auth";

    private final ActivityLog activityLog;

    AuthProjection(ActivityLog activityLog) {
        this.activityLog = activityLog;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof AdminLoggedIn || event instanceof LoginFailed || event instanceof PasswordResetRequested
                || event instanceof AdminChanged;
    }

    @Override
    public void apply(EventEnvelope event) {
        switch (event.payload()) {
            case AdminLoggedIn e -> {
                UUID id = Activities.required(event, e.adminId(), "admin");
                record(event, e.actor(), id, AuthActivities.describe(e));
            }
            // A failure that names no known admin is still worth a line (someone is guessing), about no admin.
            case LoginFailed e -> record(event, e.actor(), e.adminId(), AuthActivities.describe(e));
            case PasswordResetRequested e -> {
                UUID id = Activities.required(event, e.adminId(), "admin");
                record(event, e.actor(), id, AuthActivities.describe(e));
            }
            case AdminChanged e -> {
                UUID id = Activities.required(event, e.adminId(), "admin");
                record(event, e.actor(), id, AuthActivities.describe(e));
            }
            default -> throw new IllegalArgumentException(event.type() + " is not an auth event");
        }
    }

    private void record(EventEnvelope event, Actor actor, UUID adminId, String description) {
        // Sign-in events happen before anyone is authenticated, so auth-service may leave the actor out; the person
        // acting is still an admin (or someone posing as one), not the suite itself.
        Actor who = actor != null ? actor
                : new Actor(Actor.ADMIN, adminId == null ? null : adminId.toString(), null, null);
        activityLog.record(Activities.entry(event, who, AuthActivities.SUBJECT_TYPE, adminId, description));
    }
}
