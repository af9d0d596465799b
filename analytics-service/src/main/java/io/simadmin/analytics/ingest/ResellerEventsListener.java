package io.simadmin.analytics.ingest;

import io.simadmin.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Feeds {@code simadmin.resellers} into four projections: the resellers themselves, their clients, their credit
 * (balance and feed), and the revenue of their orders paid on credit. A record that cannot be read goes straight to the dead-letter topic; one whose effect fails is retried
 * with backoff and then dead-lettered (platform-messaging's error handler), so one bad event never stops the
 * events behind it. A type no projection keeps is passed by.
 */
@Component
class ResellerEventsListener {

    static final String CONSUMER = ResellerProjection.CONSUMER;

    private final EventIngest ingest;
    private final List<Projection> projections;

    ResellerEventsListener(EventIngest ingest, ResellerProjection resellers, ClientProjection clients,
                           CreditProjection credit, CreditRevenueProjection creditRevenue) {
        this.ingest = ingest;
        this.projections = List.of(resellers, clients, credit, creditRevenue);
    }

    @KafkaListener(topics = Topics.RESELLERS, groupId = "analytics-service")
    void on(ConsumerRecord<String, String> record) {
        ingest.ingest(record, projections);
    }
}
