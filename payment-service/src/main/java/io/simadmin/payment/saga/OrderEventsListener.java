package io.simadmin.payment.saga;

import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.messaging.consumer.BatchedConsumer;
import io.simadmin.messaging.consumer.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The events payment-service acts on: orders (payments, refunds, commissions) and resellers (commission rates,
 * credit bookings). A type this version does not know is skipped (ADR 0008); a record that cannot be read goes to
 * the dead-letter topic; an effect that fails is retried, then dead-lettered (platform-messaging). A poll's records
 * are applied in one transaction ({@link BatchedConsumer}); gateway calls wait for its commit.
 */
@Component
class OrderEventsListener {

    private static final Logger log = LoggerFactory.getLogger(OrderEventsListener.class);

    private final OrderSaga saga;
    private final BatchedConsumer batches;

    OrderEventsListener(OrderSaga saga, BatchedConsumer batches) {
        this.saga = saga;
        this.batches = batches;
    }

    @KafkaListener(topics = {Topics.ORDERS, Topics.RESELLERS}, groupId = "payment-service", batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        batches.apply(records, this::on);
    }

    private void on(ConsumerRecord<String, String> record) {
        String type = InboundEvents.header(record, EventHeaders.TYPE);
        if (type != null && EventCatalog.byType(type).isEmpty()) {
            log.debug("skipping a record of an unknown type at {}/{}@{}", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        saga.handle(InboundEvents.read(record));
    }
}
