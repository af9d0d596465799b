package io.simadmin.order;

import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.EventJson;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.test.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Stands in for the other services: wraps their events as a consumer receives them and publishes them as their
 * relays would (CloudEvents binary mode on the shared broker), the same event twice when a test wants it.
 */
public final class Events {

    private static final KafkaProducer<String, String> PRODUCER = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers()),
            new StringSerializer(), new StringSerializer());

    private Events() {
    }

    /** The event as a consumer receives it, with a fresh event id. */
    public static EventEnvelope envelope(DomainEvent event) {
        return new EventEnvelope(UuidV7.next(), EventCatalog.of(event.getClass()).type(), "/test", event.occurredAt(),
                event.aggregateId(), null, event);
    }

    /** Publishes the envelope to its topic and waits for the broker's acknowledgement. */
    public static void publish(EventEnvelope envelope) {
        ProducerRecord<String, String> record = new ProducerRecord<>(envelope.topic(), envelope.subject(),
                EventJson.write(envelope.payload()));
        header(record, EventHeaders.ID, envelope.id().toString());
        header(record, EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_VALUE);
        header(record, EventHeaders.TYPE, envelope.type());
        header(record, EventHeaders.SOURCE, envelope.source());
        header(record, EventHeaders.TIME, envelope.time().toString());
        header(record, EventHeaders.SUBJECT, envelope.subject());
        header(record, EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
        try {
            PRODUCER.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
