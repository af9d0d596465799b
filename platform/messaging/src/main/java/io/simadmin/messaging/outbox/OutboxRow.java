package io.simadmin.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

/** An event waiting in the outbox, as the relay reads it. */
record OutboxRow(long seq, UUID eventId, String topic, String key, String type, String source,
                 Instant occurredAt, String traceparent, String payload, Instant createdAt) {
}
