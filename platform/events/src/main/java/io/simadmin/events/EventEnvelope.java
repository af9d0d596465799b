package io.simadmin.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event with the CloudEvents attributes it travels with.
 *
 * @param id          unique per event; consumers use it to process each event once
 * @param type        versioned type from {@link EventCatalog}, e.g. {@code reseller.registered.v1}
 * @param source      the service that emitted the event, e.g. {@code /reseller-service}
 * @param time        when the event happened
 * @param subject     the aggregate id
 * @param traceparent W3C trace context of the request that caused the event, or {@code null}
 * @param payload     the event itself
 */
public record EventEnvelope(UUID id, String type, String source, Instant time, String subject,
                            String traceparent, DomainEvent payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payload, "payload");
    }

    public String topic() {
        return EventCatalog.topicOf(type);
    }

    @SuppressWarnings("unchecked")
    public <E extends DomainEvent> E payloadAs(Class<E> eventClass) {
        if (!eventClass.isInstance(payload)) {
            throw new IllegalStateException("event " + id + " is a " + type + ", not a " + eventClass.getSimpleName());
        }
        return (E) payload;
    }
}
