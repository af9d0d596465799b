package io.simadmin.messaging.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.simadmin.events.Topics;
import io.simadmin.events.UnknownEventTypeException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

import java.time.Duration;

/**
 * The error handler of every listener: bounded retries with exponential backoff, then the record goes to
 * {@code <topic>.dlt} with the failure in its headers and the {@code simadmin.consumer.dead_lettered} counter
 * goes up. Records that can never succeed (unknown type, unreadable payload) skip the retries.
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, MeterRegistry meters,
                                                   int maxRetries, Duration initialBackoff, Duration maxBackoff) {
        Counter deadLettered = Counter.builder("simadmin.consumer.dead_lettered")
                .description("Events a consumer gave up on and sent to a dead-letter topic").register(meters);
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(maxRetries);
        backOff.setInitialInterval(initialBackoff.toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(maxBackoff.toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler((record, ex) -> {
            log.error("giving up on record {}/{}@{} after retries; sending it to {}: {}", record.topic(),
                    record.partition(), record.offset(), Topics.deadLetterOf(record.topic()), rootCause(ex));
            publisher.accept(record, ex);
            deadLettered.increment();
        }, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class, UnknownEventTypeException.class);
        return handler;
    }

    /** The listener container wraps the handler's exception; the root cause is what an operator needs to read. */
    private static String rootCause(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
