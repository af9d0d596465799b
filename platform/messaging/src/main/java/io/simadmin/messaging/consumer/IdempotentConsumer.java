package io.simadmin.messaging.consumer;

import io.simadmin.events.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Consumer;

/**
 * Applies an event's effect at most once per consumer: the event id is recorded in the same transaction as
 * the effect, so a redelivered event (relay retry, consumer rebalance, replay) changes nothing.
 */
public class IdempotentConsumer {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public IdempotentConsumer(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * @param consumer a stable name of the handler, e.g. {@code analytics.reseller-metrics}
     * @return {@code true} if the effect ran, {@code false} if this consumer had already processed the event
     */
    public boolean process(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        Boolean applied = tx.execute(status -> {
            int inserted = jdbc.update("""
                    insert into messaging.processed_event (consumer, event_id) values (?, ?)
                    on conflict do nothing""", consumer, event.id());
            if (inserted == 0) {
                return false;
            }
            effect.accept(event);
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }
}
