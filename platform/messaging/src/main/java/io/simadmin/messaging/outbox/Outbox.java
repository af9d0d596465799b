package io.simadmin.messaging.outbox;

import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.util.UUID;

/**
 * Records an event in the caller's database transaction. The event reaches Kafka only if that transaction
 * commits, and then for sure: the {@link OutboxRelay} sends it after the commit. Never call
 * {@code KafkaTemplate.send} from business code.
 */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final String source;
    private final TraceparentSource traceparents;
    private final Runnable wakeRelay;

    public Outbox(JdbcTemplate jdbc, String source, TraceparentSource traceparents, Runnable wakeRelay) {
        this.jdbc = jdbc;
        this.source = source;
        this.traceparents = traceparents;
        this.wakeRelay = wakeRelay;
    }

    /** @return the event id ({@code ce_id}) */
    public UUID append(DomainEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.append needs the transaction of the state change it describes");
        }
        EventCatalog.Entry entry = EventCatalog.of(event.getClass());
        UUID id = UuidV7.next();
        jdbc.update("""
                        insert into messaging.outbox (event_id, topic, event_key, event_type, source, occurred_at, traceparent, payload)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                id, entry.topic(), event.aggregateId(), entry.type(), source, Timestamp.from(event.occurredAt()),
                traceparents.current(), EventJson.write(event));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeRelay.run();
            }
        });
        return id;
    }
}
