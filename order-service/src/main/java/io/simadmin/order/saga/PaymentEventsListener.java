package io.simadmin.order.saga;

import io.simadmin.events.EventEnvelope;
import io.simadmin.events.Topics;
import io.simadmin.events.payment.PaymentCompleted;
import io.simadmin.events.payment.PaymentFailed;
import io.simadmin.events.payment.PaymentRefunded;
import io.simadmin.messaging.consumer.IdempotentConsumer;
import io.simadmin.order.KnownEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** simadmin.payments → the saga. Commissions on the same topic are reseller-service's and are skipped. */
@Component
class PaymentEventsListener {

    static final String PAYMENT = "order.payment";

    private final IdempotentConsumer idempotentConsumer;
    private final OrderSaga saga;

    PaymentEventsListener(IdempotentConsumer idempotentConsumer, OrderSaga saga) {
        this.idempotentConsumer = idempotentConsumer;
        this.saga = saga;
    }

    @KafkaListener(topics = Topics.PAYMENTS, groupId = "order-service")
    void on(ConsumerRecord<String, String> record) {
        KnownEvents.read(record).ifPresent(this::handle);
    }

    /** @return whether the event changed anything here (false for others' events and repeats) */
    boolean handle(EventEnvelope event) {
        return switch (event.payload()) {
            case PaymentCompleted e -> idempotentConsumer.process(PAYMENT, event, x -> saga.paymentCompleted(e));
            case PaymentFailed e -> idempotentConsumer.process(PAYMENT, event, x -> saga.paymentFailed(e));
            case PaymentRefunded e -> idempotentConsumer.process(PAYMENT, event, x -> saga.paymentRefunded(e));
            default -> false;
        };
    }
}
