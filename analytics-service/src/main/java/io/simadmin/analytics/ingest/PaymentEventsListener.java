package io.simadmin.analytics.ingest;

import io.simadmin.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Feeds {@code simadmin.payments} into revenue and the activity feed (see {@link ResellerEventsListener}). */
@Component
class PaymentEventsListener {

    private final EventIngest ingest;
    private final List<Projection> projections;

    PaymentEventsListener(EventIngest ingest, PaymentProjection projection) {
        this.ingest = ingest;
        this.projections = List.of(projection);
    }

    @KafkaListener(topics = Topics.PAYMENTS, groupId = "analytics-service")
    void on(ConsumerRecord<String, String> record) {
        ingest.ingest(record, projections);
    }
}
