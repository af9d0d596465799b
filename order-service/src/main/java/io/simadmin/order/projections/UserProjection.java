package io.simadmin.order.projections;

import io.simadmin.events.EventEnvelope;
import io.simadmin.events.user.UserRegistered;
import io.simadmin.events.user.UserSnapshot;
import io.simadmin.events.user.UserStatusChanged;
import io.simadmin.events.user.UserUpdated;
import io.simadmin.messaging.consumer.IdempotentConsumer;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps {@code user_ref} in step with user-service: who a user is (name, phone for search) and whether they may
 * order. Other user events (e.g. PII reveals) are not ours and are skipped.
 */
@Component
public class UserProjection {

    static final String CONSUMER = "order.user-projection";

    private final IdempotentConsumer idempotentConsumer;
    private final UserRefs users;

    UserProjection(IdempotentConsumer idempotentConsumer, UserRefs users) {
        this.idempotentConsumer = idempotentConsumer;
        this.users = users;
    }

    /** @return whether the event changed anything here (false for others' events and repeats) */
    public boolean handle(EventEnvelope event) {
        return switch (event.payload()) {
            case UserRegistered e -> idempotentConsumer.process(CONSUMER, event,
                    x -> snapshot(e.userId(), e.user(), e.occurredAt()));
            case UserUpdated e -> idempotentConsumer.process(CONSUMER, event,
                    x -> snapshot(e.userId(), e.user(), e.occurredAt()));
            case UserStatusChanged e -> idempotentConsumer.process(CONSUMER, event,
                    x -> users.changeStatus(e.userId(), e.fullName(), e.status(), e.occurredAt()));
            default -> false;
        };
    }

    private void snapshot(UUID id, UserSnapshot user, Instant at) {
        users.upsert(id, user.fullName(), user.phone(), user.status(), at);
    }
}
