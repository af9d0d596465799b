package io.simadmin.events;

import java.time.Instant;

/**
 * A fact one service tells the others. Implementations are immutable records listed in
 * {@link EventCatalog}; their JSON form is the cross-service contract, so fields are only ever added.
 */
public interface DomainEvent {

    /** The aggregate the event is about. It is the Kafka record key, which keeps one aggregate's events in order. */
    String aggregateId();

    Instant occurredAt();
}
