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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = MessagingTestApp.class, properties = "spring.application.name=messaging-test")
@ContextConfiguration(initializers = SharedInfrastructureInitializer.class)
class BatchedConsumerIntegrationTest {

    @Autowired
    BatchedConsumer batches;
    @Autowired
    IdempotentConsumer idempotentConsumer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

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
        awaitAfterCommit("0 outside", "1 outside", "2 outside");
    }

    @Test
    void starts_a_committed_polls_work_off_the_listener_thread_so_that_slow_work_does_not_hold_back_the_next_poll() {
        Map<Long, EventEnvelope> first = events(1);
        Map<Long, EventEnvelope> second = events(1);
        CountDownLatch gatewayAnswers = new CountDownLatch(1);
        List<String> threads = new CopyOnWriteArrayList<>();
        try {
            batches.apply(List.of(record(0)), record -> apply(first.get(0L), false, () -> {
                threads.add(Thread.currentThread().getName());
                awaitQuietly(gatewayAnswers);
            }));
            batches.apply(List.of(record(1)), record -> apply(second.get(0L), false,
                    () -> threads.add(Thread.currentThread().getName())));

            // The second poll's work ran while the first's was still waiting for its gateway.
            await().atMost(Duration.ofSeconds(10)).until(() -> threads.size() == 2);
            assertThat(threads).allSatisfy(name -> assertThat(name).startsWith("after-commit-")
                    .isNotEqualTo(Thread.currentThread().getName()));
        } finally {
            gatewayAnswers.countDown();
        }
        assertThat(processed()).isEqualTo(2);
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
        awaitAfterCommit("0 outside");
    }

    @Test
    void writes_a_polls_processed_events_together_when_its_records_have_been_applied() {
        Map<Long, EventEnvelope> events = events(3);
        List<Integer> recordedWhileApplying = new CopyOnWriteArrayList<>();

        batches.apply(records(events), record -> {
            apply(events.get(record.offset()), false);
            recordedWhileApplying.add(processed());
        });

        assertThat(recordedWhileApplying).containsExactly(0, 0, 0);
        assertThat(processed()).isEqualTo(3);
        awaitAfterCommit("0 outside", "1 outside", "2 outside");
    }

    @Test
    void applies_an_event_once_when_another_instance_of_the_consumer_records_it_while_the_poll_is_applied() {
        Map<Long, EventEnvelope> events = events(3);
        TransactionTemplate elsewhere = new TransactionTemplate(transactionManager);
        elsewhere.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        batches.apply(records(events), record -> {
            if (record.offset() == 0) {
                // A rebalance handed the partition over mid-poll: the new owner applies the second event and commits.
                elsewhere.executeWithoutResult(status -> jdbc.update("""
                        insert into messaging.processed_event (consumer, event_id) values (?, ?)
                        on conflict do nothing""", consumer, events.get(1L).id()));
            }
            apply(events.get(record.offset()), false);
        });

        // The batch's own effect of the second event rolled back with it; the others were applied once each.
        assertThat(afterCommit).containsExactly("0 outside", "2 outside");
        assertThat(processed()).isEqualTo(3);
    }

    /** As a saga does: the effect in the consumer's transaction, then the work it starts, once that has returned. */
    private void apply(EventEnvelope event, boolean fail) {
        apply(event, fail, () -> { });
    }

    private void apply(EventEnvelope event, boolean fail, Runnable work) {
        boolean applied = idempotentConsumer.process(consumer, event, e -> {
            transactionIds.add(jdbc.queryForObject("select txid_current()", Long.class));
            if (fail) {
                throw new IllegalStateException("this record's effect fails");
            }
        });
        if (applied) {
            String label = ((ResellerRemoved) event.payload()).businessName();
            AfterCommit.run(() -> {
                work.run();
                afterCommit.add(label + (TransactionSynchronizationManager.isActualTransactionActive() ? " inside"
                        : " outside"));
            });
        }
    }

    private void awaitAfterCommit(String... labels) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(afterCommit)
                .containsExactlyInAnyOrder(labels));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
