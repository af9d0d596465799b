package io.simadmin.analytics.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.Topics;
import io.simadmin.messaging.consumer.IdempotentConsumer;
import io.simadmin.messaging.consumer.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Feeds {@code simadmin.resellers} into the read models. A record that cannot be read goes straight to the
 * dead-letter topic; one whose effect fails is retried with backoff and then dead-lettered (platform-messaging's
 * error handler), so one bad event never stops the events behind it.
 */
@Component
class ResellerEventsListener {

    static final String CONSUMER = "analytics.resellers";

    private final IdempotentConsumer idempotentConsumer;
    private final ResellerProjection projection;
    private final MeterRegistry meters;
    private final Timer readModelLag;

    ResellerEventsListener(IdempotentConsumer idempotentConsumer, ResellerProjection projection,
                           MeterRegistry meters) {
        this.idempotentConsumer = idempotentConsumer;
        this.projection = projection;
        this.meters = meters;
        this.readModelLag = Timer.builder("simadmin.analytics.read_model.lag")
                .description("From the moment an event happened in its service until this read model applied it")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    @KafkaListener(topics = Topics.RESELLERS, groupId = "analytics-service")
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope event = InboundEvents.read(record);
        boolean applied = idempotentConsumer.process(CONSUMER, event, projection::apply);
        meters.counter("simadmin.analytics.events", "type", event.type(),
                "outcome", applied ? "applied" : "duplicate").increment();
        if (applied) {
            readModelLag.record(Duration.between(event.time(), Instant.now()));
        }
    }
}
