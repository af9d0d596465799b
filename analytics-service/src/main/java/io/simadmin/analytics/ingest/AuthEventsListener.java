package io.simadmin.analytics.ingest;

import io.simadmin.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Feeds {@code simadmin.auth} into the activity feed only (see {@link ResellerEventsListener}). */
@Component
class AuthEventsListener {

    private final EventIngest ingest;
    private final List<Projection> projections;

    AuthEventsListener(EventIngest ingest, AuthProjection projection) {
        this.ingest = ingest;
        this.projections = List.of(projection);
    }

    @KafkaListener(topics = Topics.AUTH, groupId = "analytics-service")
    void on(ConsumerRecord<String, String> record) {
        ingest.ingest(record, projections);
    }
}
