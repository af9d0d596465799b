package io.simadmin.analytics.ingest;

import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;

/**
 * One read model fed by events. Each has its own consumer name, so it records the events it applied on its own:
 * when two projections share a topic and one fails, a redelivery re-runs only the one that has not applied it.
 */
interface Projection {

    /** Stable name under which {@code messaging.processed_event} remembers what this projection applied. */
    String consumer();

    /** Whether this projection keeps anything of the event; others pass it by without a trace. */
    boolean handles(DomainEvent event);

    /** Runs inside the idempotent consumer's transaction: the read model and the activity feed change together. */
    void apply(EventEnvelope event);
}
