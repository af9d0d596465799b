package io.simadmin.messaging.consumer;

import io.simadmin.events.Actor;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.messaging.MessagingTestApp;
import io.simadmin.test.SharedInfrastructureInitializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = MessagingTestApp.class, properties = "spring.application.name=messaging-test")
@ContextConfiguration(initializers = SharedInfrastructureInitializer.class)
class BatchedConsumerIntegrationTest {

    @Autowired
    BatchedConsumer batches;
    @Autowired
    IdempotentConsumer idempotentConsumer;
    @Autowired
    JdbcTemplate jdbc;

    private final String consumer = "test.batch-" + UUID.randomUUID();
    private final List<Long> transactionIds = new CopyOnWriteArrayList<>();
    private final List<String> afterCommit = new CopyOnWriteArrayList<>();

    @Test
    void applies_a_polls_records_in_one_transaction_and_starts_after_commit_work_once_it_committed() {
        Map<Long, EventEnvelope> events = events(3);

        batches.apply(records(events), record -> apply(events.get(record.offset()), false));

        assertThat(transactionIds).hasSize(3).containsOnly(transactionIds.getFirst());
        assertThat(processed()).isEqualTo(3);
        // Started outside any transaction, once per record, after all three were committed.
        assertThat(afterCommit).containsExactly("0 outside", "1 outside", "2 outside");
    }

    @Test
    void keeps_the_records_before_a_failing_one_and_names_the_failing_one_to_the_container() {
        Map<Long, EventEnvelope> events = events(3);

        assertThatThrownBy(() -> batches.apply(records(events), record -> apply(events.get(record.offset()),
                record.offset() == 1)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(1));

        assertThat(processed()).isEqualTo(1);
        // The batch's work was dropped with its rollback; the first record's ran once, after its own commit.
        assertThat(afterCommit).containsExactly("0 outside");
    }

    @Test
    void applies_a_record_repeated_within_one_poll_once() {
        Map<Long, EventEnvelope> events = events(1);
        List<ConsumerRecord<String, String>> twice = List.of(record(0), record(1));

        batches.apply(twice, record -> apply(events.get(0L), false));

        assertThat(processed()).isEqualTo(1);
        assertThat(afterCommit).containsExactly("0 outside");
    }

    /** As a saga does: the effect in the consumer's transaction, then the work it starts, once that has returned. */
    private void apply(EventEnvelope event, boolean fail) {
        boolean applied = idempotentConsumer.process(consumer, event, e -> {
            transactionIds.add(jdbc.queryForObject("select txid_current()", Long.class));
            if (fail) {
                throw new IllegalStateException("this record's effect fails");
            }
        });
        if (applied) {
            String label = ((ResellerRemoved) event.payload()).businessName();
            AfterCommit.run(() -> afterCommit.add(label + (TransactionSynchronizationManager
                    .isActualTransactionActive() ? " inside" : " outside")));
        }
    }

    private int processed() {
        Integer count = jdbc.queryForObject("select count(*) from messaging.processed_event where consumer = ?",
                Integer.class, consumer);
        return count == null ? 0 : count;
    }

    private static Map<Long, EventEnvelope> events(int count) {
        return IntStream.range(0, count).boxed().collect(java.util.stream.Collectors.toMap(Integer::longValue,
                i -> new EventEnvelope(UUID.randomUUID(), "reseller.removed.v1", "/test", Instant.now(), "r-" + i, null,
                        new ResellerRemoved(UUID.randomUUID(), String.valueOf(i), true, Actor.system(), Instant.now()))));
    }

    private static List<ConsumerRecord<String, String>> records(Map<Long, EventEnvelope> events) {
        return events.keySet().stream().sorted().map(BatchedConsumerIntegrationTest::record).toList();
    }

    private static ConsumerRecord<String, String> record(long offset) {
        return new ConsumerRecord<>("simadmin.test", 0, offset, "key", "{}");
    }
}
