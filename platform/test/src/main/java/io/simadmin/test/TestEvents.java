package io.simadmin.test;

import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.EventJson;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Stands in for another service's outbox relay in a test: publishes an event to its topic on the shared broker
 * exactly as the relay does (key = aggregate id, JSON value, CloudEvents binary-mode headers), so the consumer
 * under test reads it through its real listener.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** The event as its owner would send it, with a fresh event id. */
    public static EventEnvelope envelope(DomainEvent event, String source) {
        return new EventEnvelope(UUID.randomUUID(), EventCatalog.of(event.getClass()).type(), source,
                event.occurredAt(), event.aggregateId(), null, event);
    }

    /** Publishes the envelope to its topic and waits for the broker's acknowledgement. */
    public static void publish(EventEnvelope envelope) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(envelope.topic(), envelope.subject(),
                    EventJson.write(envelope.payload()));
            header(record, EventHeaders.ID, envelope.id().toString());
            header(record, EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_VALUE);
            header(record, EventHeaders.TYPE, envelope.type());
            header(record, EventHeaders.SOURCE, envelope.source());
            header(record, EventHeaders.TIME, envelope.time().toString());
            header(record, EventHeaders.SUBJECT, envelope.subject());
            header(record, EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
