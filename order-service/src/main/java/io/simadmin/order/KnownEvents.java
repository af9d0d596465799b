package io.simadmin.order;

import io.micrometer.core.instrument.Metrics;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.EventHeaders;
import io.simadmin.messaging.consumer.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * What every listener of order-service does first with a record (ADR 0008): a type this version does not know (a
 * newer producer's event) is skipped and counted; a known type that cannot be read throws, which sends the record to
 * the dead-letter topic at once.
 */
public final class KnownEvents {

    private static final Logger log = LoggerFactory.getLogger(KnownEvents.class);

    private KnownEvents() {
    }

    public static Optional<EventEnvelope> read(ConsumerRecord<String, String> record) {
        String name = InboundEvents.header(record, EventHeaders.TYPE);
        if (name != null && EventCatalog.byType(name).isEmpty()) {
            log.debug("skipping {} record at {}/{}@{}: not a type this version knows", name, record.topic(),
                    record.partition(), record.offset());
            Metrics.counter("simadmin.order.events.skipped", "reason", "unknown-type").increment();
            return Optional.empty();
        }
        return Optional.of(InboundEvents.read(record));
    }
}
