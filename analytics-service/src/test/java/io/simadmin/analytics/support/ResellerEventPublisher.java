package io.simadmin.analytics.support;

import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.EventJson;
import io.simadmin.events.Topics;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.test.SharedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Puts events (reseller events, and since the client, user, order and ticket events, any of the catalog) on their
 * topic the way the suite does: through the outbox and its relay, or, for what the
 * relay never does on purpose (the same ce_id twice, broken records), as raw Kafka records with the relay's
 * CloudEvents headers.
 */
public final class ResellerEventPublisher implements AutoCloseable {

    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final KafkaProducer<String, String> producer;

    public ResellerEventPublisher(Outbox outbox, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** @return the event id the relay sends as {@code ce_id} */
    public UUID viaOutbox(DomainEvent event) {
        return transactions.execute(status -> outbox.append(event));
    }

    /** A record exactly like the relay's, with the given {@code ce_id}. */
    public void raw(UUID eventId, DomainEvent event) {
        EventCatalog.Entry entry = EventCatalog.of(event.getClass());
        send(entry.topic(), event.aggregateId(), EventJson.write(event), cloudEventHeaders(eventId, entry.type(),
                event.aggregateId(), event.occurredAt()));
    }

    /** CloudEvents headers as the relay writes them; tests remove or change some to break a record. */
    public static Map<String, String> cloudEventHeaders(UUID eventId, String type, String subject, Instant time) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EventHeaders.ID, eventId.toString());
        headers.put(EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_VALUE);
        headers.put(EventHeaders.TYPE, type);
        headers.put(EventHeaders.SOURCE, "/reseller-service");
        headers.put(EventHeaders.TIME, time.toString());
        headers.put(EventHeaders.SUBJECT, subject);
        headers.put(EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
        return headers;
    }

    /** A record on the reseller topic. */
    public void send(String key, String value, Map<String, String> headers) {
        send(Topics.RESELLERS, key, value, headers);
    }

    public void send(String topic, String key, String value, Map<String, String> headers) {
        List<Header> kafkaHeaders = new ArrayList<>();
        headers.forEach((name, v) -> kafkaHeaders.add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8))));
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, kafkaHeaders))
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send a test record", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
