package io.simadmin.messaging.consumer;

import io.simadmin.events.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.util.SequencedSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Applies an event's effect at most once per consumer: the event id is recorded in the same transaction as
 * the effect, so a redelivered event (relay retry, consumer rebalance, replay) changes nothing. Inside a
 * {@link BatchedConsumer} batch the ids are recorded together before the batch commits ({@link BatchClaims}).
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
        if (BatchClaims.isOpen()) {
            if (!BatchClaims.add(consumer, event.id())) {
                return false;
            }
            tx.executeWithoutResult(status -> effect.accept(event));
            return true;
        }
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

    /**
     * Records a batch's claims in one statement, in its transaction. Fails if any of them was recorded before, so
     * the batch rolls back with every effect of it.
     */
    void record(SequencedSet<BatchClaims.Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        String[] consumers = claims.stream().map(BatchClaims.Claim::consumer).toArray(String[]::new);
        UUID[] eventIds = claims.stream().map(BatchClaims.Claim::eventId).toArray(UUID[]::new);
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into messaging.processed_event (consumer, event_id)
                    select * from unnest(?::text[], ?::uuid[])""");
            insert.setArray(1, connection.createArrayOf("text", consumers));
            insert.setArray(2, connection.createArrayOf("uuid", eventIds));
            return insert;
        });
    }
}
