package io.simadmin.analytics.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.EventHeaders;
import io.simadmin.messaging.consumer.IdempotentConsumer;
import io.simadmin.messaging.consumer.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What every listener of analytics does with a record: read it, hand it to each projection that keeps that kind of
 * event, once per projection, and measure. A record that cannot be read goes to the dead-letter topic (the error
 * handler of platform-messaging); a record of a type this version does not know (a newer producer's event) is
 * skipped: read models are rebuilt by replaying, so a later version can still pick it up.
 */
@Component
class EventIngest {

    private static final Logger log = LoggerFactory.getLogger(EventIngest.class);

    private final IdempotentConsumer idempotentConsumer;
    private final MeterRegistry meters;
    private final Timer readModelLag;

    EventIngest(IdempotentConsumer idempotentConsumer, MeterRegistry meters) {
        this.idempotentConsumer = idempotentConsumer;
        this.meters = meters;
        this.readModelLag = Timer.builder("simadmin.analytics.read_model.lag")
                .description("From the moment an event happened in its service until this read model applied it")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    void ingest(ConsumerRecord<String, String> record, List<? extends Projection> projections) {
        String type = InboundEvents.header(record, EventHeaders.TYPE);
        if (type != null && EventCatalog.byType(type).isEmpty()) {
            log.debug("ignoring {} record at {}/{}@{}: not a type this version knows", type, record.topic(),
                    record.partition(), record.offset());
            count(type, "unknown-type");
            return;
        }
        EventEnvelope event = InboundEvents.read(record);
        boolean handled = false;
        for (Projection projection : projections) {
            if (!projection.handles(event.payload())) {
                continue;
            }
            handled = true;
            boolean applied = idempotentConsumer.process(projection.consumer(), event, projection::apply);
            count(event.type(), applied ? "applied" : "duplicate");
            if (applied) {
                readModelLag.record(Duration.between(event.time(), Instant.now()));
            }
        }
        if (!handled) {
            log.debug("ignoring {} event {}: no read model keeps it", event.type(), event.id());
            count(event.type(), "ignored");
        }
    }

    private void count(String type, String outcome) {
        meters.counter("simadmin.analytics.events", "type", type, "outcome", outcome).increment();
    }
}
