package io.simadmin.user.plans;

import io.simadmin.events.EventEnvelope;
import io.simadmin.events.Topics;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.messaging.consumer.BatchedConsumer;
import io.simadmin.messaging.consumer.IdempotentConsumer;
import io.simadmin.messaging.consumer.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/**
 * Keeps each user's {@code currentPlan} (the users list's plan filter) from the plan of the user's latest app
 * order. user-service never reads order-service's database; this is all it learns about orders. A poll's records are
 * applied in one transaction ({@link BatchedConsumer}).
 */
@Component
class UserPlanListener {

    static final String CONSUMER = "user.plan-from-orders";

    private final IdempotentConsumer idempotentConsumer;
    private final JdbcTemplate jdbc;
    private final BatchedConsumer batches;

    UserPlanListener(IdempotentConsumer idempotentConsumer, JdbcTemplate jdbc, BatchedConsumer batches) {
        this.idempotentConsumer = idempotentConsumer;
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.ORDERS, groupId = "user-service", batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        batches.apply(records, record -> handle(InboundEvents.read(record)));
    }

    /** @return whether the event changed anything here (false for other events, reseller orders and repeats) */
    boolean handle(EventEnvelope event) {
        if (event.payload() instanceof OrderPlaced placed && placed.userId() != null && placed.planName() != null) {
            return idempotentConsumer.process(CONSUMER, event, e -> applyPlan(placed));
        }
        return false;
    }

    /** An unknown user (not registered here) or an older order than the one that set the plan changes nothing. */
    private void applyPlan(OrderPlaced placed) {
        Timestamp at = Timestamp.from(placed.occurredAt());
        jdbc.update("""
                update public_user set current_plan = ?, current_plan_since = ?
                where id = ? and (current_plan_since is null or current_plan_since < ?)
                """, placed.planName(), at, placed.userId(), at);
    }
}
