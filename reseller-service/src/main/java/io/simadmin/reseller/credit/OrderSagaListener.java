package io.simadmin.reseller.credit;

import io.simadmin.events.EventEnvelope;
import io.simadmin.events.Topics;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;
import io.simadmin.events.payment.CommissionAccrued;
import io.simadmin.messaging.consumer.IdempotentConsumer;
import io.simadmin.messaging.consumer.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The events reseller-service acts on: reseller orders (reserve or reject), their cancellation (release) and
 * commissions (ledger). Everything else on these topics is not ours and is skipped without a trace. Each event is
 * applied once per consumer name, however often it is delivered.
 */
@Component
class OrderSagaListener {

    static final String RESERVE = "reseller.credit-reserve";
    static final String RELEASE = "reseller.credit-release";
    static final String COMMISSION = "reseller.credit-commission";

    private final IdempotentConsumer idempotentConsumer;
    private final OrderCredit credit;

    OrderSagaListener(IdempotentConsumer idempotentConsumer, OrderCredit credit) {
        this.idempotentConsumer = idempotentConsumer;
        this.credit = credit;
    }

    @KafkaListener(topics = {Topics.ORDERS, Topics.PAYMENTS}, groupId = "reseller-service")
    void on(ConsumerRecord<String, String> record) {
        handle(InboundEvents.read(record));
    }

    /** @return whether the event changed anything here (false for others' events and repeats) */
    boolean handle(EventEnvelope event) {
        return switch (event.payload()) {
            case OrderPlaced placed when placed.placedByReseller() ->
                    idempotentConsumer.process(RESERVE, event, e -> credit.reserve(placed));
            case OrderStatusChanged changed when changed.cancels() ->
                    idempotentConsumer.process(RELEASE, event, e -> credit.release(changed));
            case CommissionAccrued commission ->
                    idempotentConsumer.process(COMMISSION, event, e -> credit.bookCommission(commission));
            default -> false;
        };
    }
}
