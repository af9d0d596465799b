package io.simadmin.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning with a group of its own, to assert that an event was published. The broker
 * is shared by every test in the JVM, so tests pick their record with a predicate (an id, a key) rather than
 * expecting the topic to hold only their own.
 */
public final class KafkaTestConsumer implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    private KafkaTestConsumer(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    /** Subscribes to {@code topics} on the shared broker. */
    public static KafkaTestConsumer subscribe(String... topics) {
        return subscribe(SharedInfrastructure.kafka().bootstrapServers(), List.of(topics));
    }

    /** Subscribes to {@code topics} on any broker, e.g. one a test started for itself. */
    public static KafkaTestConsumer subscribe(String bootstrapServers, List<String> topics) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-consumer-" + UUID.randomUUID(),
                // From the beginning: a record published before the group got its partitions still counts.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(topics);
        return new KafkaTestConsumer(consumer);
    }

    /** One-shot: the first record on {@code topic} of the shared broker that matches, or an AssertionError. */
    public static ConsumerRecord<String, String> awaitRecord(String topic,
            Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
        try (KafkaTestConsumer consumer = subscribe(topic)) {
            return consumer.await(matching, timeout);
        }
    }

    /** Polls until a received record matches; records seen by earlier calls count too. */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
        return awaitCount(matching, 1, timeout).getFirst();
    }

    /** Polls until {@code count} received records match, and returns them in the order they were read. */
    public List<ConsumerRecord<String, String>> awaitCount(Predicate<ConsumerRecord<String, String>> matching,
            int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, String>> matches = received.stream().filter(matching).toList();
            if (matches.size() >= count) {
                return matches.subList(0, count);
            }
            if (System.nanoTime() >= deadline) {
                throw new AssertionError("expected " + count + " matching record(s) within " + timeout
                        + " but found " + matches.size() + " among " + received.size() + " received: " + describe());
            }
            consumer.poll(POLL_INTERVAL).forEach(received::add);
        }
    }

    /** Polls once more, then returns the first matching record if any: for asserting that nothing was published. */
    public Optional<ConsumerRecord<String, String>> findAfter(Duration wait,
            Predicate<ConsumerRecord<String, String>> matching) {
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            consumer.poll(POLL_INTERVAL).forEach(received::add);
        } while (System.nanoTime() < deadline);
        return received.stream().filter(matching).findFirst();
    }

    /** Everything read so far, matching or not. */
    public List<ConsumerRecord<String, String>> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(1)));
    }

    private String describe() {
        return received.stream()
                .limit(20)
                .map(record -> record.topic() + "/" + record.key() + "=" + record.value())
                .toList()
                .toString();
    }
}
