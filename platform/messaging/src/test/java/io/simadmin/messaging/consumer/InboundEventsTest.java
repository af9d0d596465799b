package io.simadmin.messaging.consumer;

import io.simadmin.events.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboundEventsTest {

    private static ConsumerRecord<String, String> record(String value, String... headerPairs) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("simadmin.resellers", 0, 7L, "key", value);
        for (int i = 0; i < headerPairs.length; i += 2) {
            record.headers().add(new RecordHeader(headerPairs[i], headerPairs[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return record;
    }

    @Test
    void rejects_a_record_without_a_type_as_malformed() {
        assertThatThrownBy(() -> InboundEvents.read(record("{}")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(EventHeaders.TYPE);
    }

    @Test
    void rejects_a_payload_that_is_not_json_as_malformed() {
        assertThatThrownBy(() -> InboundEvents.read(record("not json", EventHeaders.TYPE, "reseller.removed.v1",
                EventHeaders.ID, "0193a0a0-0000-7000-8000-000000000001", EventHeaders.TIME, "2026-11-25T10:00:00Z",
                EventHeaders.SOURCE, "/x")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("simadmin.resellers/0@7");
    }
}
