package io.simadmin.user.plans;

import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.messaging.consumer.InboundEvents;
import io.simadmin.messaging.consumer.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each user's {@code currentPlan} (the users list's plan filter) from the plan of the user's latest app
 * order. user-service never reads order-service's database; this is all it learns about orders.
 * <p>
 * The plan is a register that only moves forward in order time: an order older than (or as old as) the one that set
 * the plan changes nothing. Applying an event twice, or late, therefore leaves the same state, so this consumer needs
 * no processed-event record (that insert per order was most of what the database spent here). A poll is applied in
 * one statement: each user's latest order of the poll. Records of other types are skipped by their type header,
 * unread.
 */
@Component
class UserPlanListener {

    private static final String ORDER_PLACED = EventCatalog.of(OrderPlaced.class).type();

    private final JdbcTemplate jdbc;

    UserPlanListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = Topics.ORDERS, groupId = "user-service", batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        Map<UUID, PlanChoice> latest = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = records.get(i);
            if (!ORDER_PLACED.equals(InboundEvents.header(record, EventHeaders.TYPE))) {
                continue;
            }
            try {
                PlanChoice.of(InboundEvents.read(record).payload())
                        .ifPresent(choice -> latest.merge(choice.userId(), choice, PlanChoice::later));
            } catch (MalformedEventException e) {
                // The container keeps the records before this one, so their plans must be stored first.
                apply(List.copyOf(latest.values()));
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        apply(List.copyOf(latest.values()));
    }

    /** An unknown user (not registered here) or an order not newer than the one that set the plan changes nothing. */
    private void apply(List<PlanChoice> choices) {
        if (choices.isEmpty()) {
            return;
        }
        jdbc.update(con -> {
            var statement = con.prepareStatement("""
                    update public_user u set current_plan = v.plan, current_plan_since = v.since
                    from unnest(?::uuid[], ?::text[], ?::timestamptz[]) as v (id, plan, since)
                    where u.id = v.id and (u.current_plan_since is null or u.current_plan_since < v.since)""");
            statement.setArray(1, con.createArrayOf("uuid", choices.stream().map(PlanChoice::userId).toArray()));
            statement.setArray(2, con.createArrayOf("text", choices.stream().map(PlanChoice::plan).toArray()));
            statement.setArray(3, con.createArrayOf("timestamptz", choices.stream().map(PlanChoice::since).toArray()));
            return statement;
        });
    }

    /** The plan an app order puts on its user, as of the order's time. */
    record PlanChoice(UUID userId, String plan, Timestamp since) {

        static Optional<PlanChoice> of(DomainEvent payload) {
            if (payload instanceof OrderPlaced placed && placed.userId() != null && placed.planName() != null) {
                return Optional.of(new PlanChoice(placed.userId(), placed.planName(),
                        Timestamp.from(placed.occurredAt())));
            }
            return Optional.empty();
        }

        /** Of two orders of one user, the later; the first read when both are as old. */
        PlanChoice later(PlanChoice other) {
            return other.since.after(since) ? other : this;
        }
    }
}
