package io.simadmin.order.saga;

import io.simadmin.events.EventEnvelope;
import io.simadmin.events.Topics;
import io.simadmin.events.reseller.ResellerCreditRejected;
import io.simadmin.events.reseller.ResellerCreditReleased;
import io.simadmin.events.reseller.ResellerCreditReserved;
import io.simadmin.messaging.consumer.IdempotentConsumer;
import io.simadmin.order.KnownEvents;
import io.simadmin.order.projections.ResellerProjection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * simadmin.resellers carries two things order-service needs: resellers and clients (→ the projection) and the credit
 * answers to reseller orders (→ the saga). One listener per topic and group, so both share its partitions.
 */
@Component
class ResellerEventsListener {

    static final String CREDIT = "order.credit-answer";

    private final IdempotentConsumer idempotentConsumer;
    private final ResellerProjection projection;
    private final OrderSaga saga;

    ResellerEventsListener(IdempotentConsumer idempotentConsumer, ResellerProjection projection, OrderSaga saga) {
        this.idempotentConsumer = idempotentConsumer;
        this.projection = projection;
        this.saga = saga;
    }

    @KafkaListener(topics = Topics.RESELLERS, groupId = "order-service")
    void on(ConsumerRecord<String, String> record) {
        KnownEvents.read(record).ifPresent(this::handle);
    }

    /** @return whether the event changed anything here (false for others' events and repeats) */
    boolean handle(EventEnvelope event) {
        if (projection.handles(event)) {
            return projection.handle(event);
        }
        return switch (event.payload()) {
            case ResellerCreditReserved e -> idempotentConsumer.process(CREDIT, event, x -> saga.creditReserved(e));
            case ResellerCreditRejected e -> idempotentConsumer.process(CREDIT, event, x -> saga.creditRejected(e));
            case ResellerCreditReleased e -> idempotentConsumer.process(CREDIT, event, x -> saga.creditReleased(e));
            default -> false;
        };
    }
}
