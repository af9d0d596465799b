package io.simadmin.payment.saga;

import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.messaging.consumer.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * The events payment-service acts on: orders (payments, refunds, commissions) and resellers (commission rates,
 * credit bookings). A type this version does not know is skipped (ADR 0008); a record that cannot be read goes to
 * the dead-letter topic; an effect that fails is retried, then dead-lettered (platform-messaging).
 */
@Component
class OrderEventsListener {

    private static final Logger log = LoggerFactory.getLogger(OrderEventsListener.class);

    private final OrderSaga saga;

    OrderEventsListener(OrderSaga saga) {
        this.saga = saga;
    }

    @KafkaListener(topics = {Topics.ORDERS, Topics.RESELLERS}, groupId = "payment-service")
    void on(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(EventHeaders.TYPE);
        if (type != null && EventCatalog.byType(new String(type.value(), StandardCharsets.UTF_8)).isEmpty()) {
            log.debug("skipping a record of an unknown type at {}/{}@{}", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        saga.handle(InboundEvents.read(record));
    }
}
