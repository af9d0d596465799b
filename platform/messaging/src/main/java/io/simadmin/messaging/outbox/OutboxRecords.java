package io.simadmin.messaging.outbox;

import io.simadmin.events.EventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Maps an outbox row to a CloudEvents binary-mode Kafka record. */
final class OutboxRecords {

    private OutboxRecords() {
    }

    static ProducerRecord<String, String> toRecord(OutboxRow row) {
        List<org.apache.kafka.common.header.Header> headers = new ArrayList<>();
        add(headers, EventHeaders.ID, row.eventId().toString());
        add(headers, EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_VALUE);
        add(headers, EventHeaders.TYPE, row.type());
        add(headers, EventHeaders.SOURCE, row.source());
        add(headers, EventHeaders.TIME, row.occurredAt().toString());
        add(headers, EventHeaders.SUBJECT, row.key());
        add(headers, EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
        if (row.traceparent() != null) {
            add(headers, EventHeaders.TRACEPARENT, row.traceparent());
        }
        return new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers);
    }

    private static void add(List<org.apache.kafka.common.header.Header> headers, String name, String value) {
        headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
