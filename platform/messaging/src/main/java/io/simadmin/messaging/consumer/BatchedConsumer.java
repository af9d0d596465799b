package io.simadmin.messaging.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Consumer;

/**
 * Applies the records of one poll in one database transaction: one commit, one connection checkout and one
 * transaction's bookkeeping per poll instead of per record, which is what a busy consumer spends most on. Effects
 * joined to it ({@link IdempotentConsumer#process}) see the same rows they would one by one, in the same order; the
 * events they applied are recorded as processed in one statement before the commit ({@link BatchClaims}).
 * <p>
 * When any record fails, or one of its events turns out to have been processed already, the whole batch rolls back
 * and its records are applied again one at a time, each in its own transaction; the first that fails again is
 * reported to the container ({@link BatchListenerFailedException}), which keeps the records before it, retries it
 * and dead-letters it after the retries, as for a record listener.
 * Work to do after the commit goes through {@link AfterCommit}; a committed batch's starts on an
 * {@link AfterCommitExecutor}.
 */
public class BatchedConsumer {

    private static final Logger log = LoggerFactory.getLogger(BatchedConsumer.class);

    private final TransactionTemplate tx;
    private final IdempotentConsumer idempotentConsumer;
    private final AfterCommitExecutor afterCommit;

    public BatchedConsumer(TransactionTemplate tx, IdempotentConsumer idempotentConsumer,
                           AfterCommitExecutor afterCommit) {
        this.tx = tx;
        this.idempotentConsumer = idempotentConsumer;
        this.afterCommit = afterCommit;
    }

    public <K, V> void apply(List<ConsumerRecord<K, V>> records, Consumer<ConsumerRecord<K, V>> handler) {
        // A poll of one record goes the same way, so that its after-commit work leaves the listener's thread too.
        if (!records.isEmpty() && appliedTogether(records, handler)) {
            return;
        }
        for (int i = 0; i < records.size(); i++) {
            try {
                handler.accept(records.get(i));
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
    }

    private <K, V> boolean appliedTogether(List<ConsumerRecord<K, V>> records, Consumer<ConsumerRecord<K, V>> handler) {
        AfterCommit.open();
        BatchClaims.open();
        boolean committed = false;
        try {
            tx.executeWithoutResult(status -> {
                records.forEach(handler);
                idempotentConsumer.record(BatchClaims.close());
            });
            committed = true;
        } catch (RuntimeException e) {
            log.debug("a batch of {} records failed together ({}); applying them one at a time", records.size(),
                    e.toString());
        } finally {
            BatchClaims.close();
            if (!committed) {
                AfterCommit.discard();
            }
        }
        if (committed) {
            AfterCommit.takeDeferred().forEach(afterCommit::execute);
        }
        return committed;
    }
}
