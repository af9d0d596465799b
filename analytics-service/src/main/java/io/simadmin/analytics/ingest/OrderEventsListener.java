package io.simadmin.analytics.ingest;

import io.simadmin.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Feeds {@code simadmin.orders} into its read model and the activity feed (see {@link ResellerEventsListener}). */
@Component
class OrderEventsListener {

    private final EventIngest ingest;
    private final List<Projection> projections;

    OrderEventsListener(EventIngest ingest, OrderProjection projection) {
        this.ingest = ingest;
        this.projections = List.of(projection);
    }

    @KafkaListener(topics = Topics.ORDERS, groupId = "analytics-service")
    void on(ConsumerRecord<String, String> record) {
        ingest.ingest(record, projections);
    }
}
