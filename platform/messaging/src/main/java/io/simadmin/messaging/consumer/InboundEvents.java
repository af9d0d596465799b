package io.simadmin.messaging.consumer;

import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Reads a CloudEvents binary-mode Kafka record back into an {@link EventEnvelope}. */
public final class InboundEvents {

    private InboundEvents() {
    }

    /** @throws MalformedEventException when a required attribute is missing or the payload does not fit its type */
    public static EventEnvelope read(ConsumerRecord<String, String> record) {
        String type = required(record, EventHeaders.TYPE);
        UUID id;
        Instant time;
        DomainEvent payload;
        try {
            id = UUID.fromString(required(record, EventHeaders.ID));
            time = Instant.parse(required(record, EventHeaders.TIME));
            payload = EventJson.read(type, record.value());
        } catch (RuntimeException e) {
            if (e instanceof MalformedEventException malformed) {
                throw malformed;
            }
            throw new MalformedEventException("record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a readable " + type + ": " + e.getMessage(), e);
        }
        return new EventEnvelope(id, type, required(record, EventHeaders.SOURCE), time,
                header(record, EventHeaders.SUBJECT), header(record, EventHeaders.TRACEPARENT), payload);
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null) {
            throw new MalformedEventException("record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " has no " + name + " header", null);
        }
        return value;
    }

    /** A header's value as text (CloudEvents attributes are UTF-8), or null when the record has none. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
