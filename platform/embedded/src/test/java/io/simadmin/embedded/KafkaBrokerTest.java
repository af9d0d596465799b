package io.simadmin.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    static Path logDir;

    static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start(logDir, 0);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void delivers_a_produced_record_to_a_new_consumer_group() throws Exception {
        send("simadmin.test-orders", "order-1", "placed");

        assertThat(consumeOne("simadmin.test-orders").value()).isEqualTo("placed");
    }

    @Test
    void restarts_on_same_port_keeping_topics() throws Exception {
        send("simadmin.test-payments", "payment-1", "completed");
        int port = broker.port();

        broker.stop();

        assertThatThrownBy(() -> new Socket("localhost", port).close()).isInstanceOf(ConnectException.class);
        try (KafkaProducer<String, String> producer = producer(broker, Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("simadmin.test-payments", "p", "lost"))
                    .get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
        }

        broker.restart();

        assertThat(broker.port()).isEqualTo(port);
        assertThat(broker.bootstrapServers()).isEqualTo("localhost:" + port);
        assertThat(consumeOne("simadmin.test-payments").value()).isEqualTo("completed");
    }

    @Test
    void a_new_broker_on_an_existing_log_dir_keeps_its_records(@TempDir Path otherLogDir) throws Exception {
        try (KafkaBroker first = KafkaBroker.start(otherLogDir, 0)) {
            send(first, "simadmin.test-users", "user-1", "registered");
        }
        try (KafkaBroker second = KafkaBroker.start(otherLogDir, 0)) {
            assertThat(consumeOne(second, "simadmin.test-users").value()).isEqualTo("registered");
        }
    }

    private static void send(String topic, String key, String value) throws Exception {
        send(broker, topic, key, value);
    }

    private static void send(KafkaBroker target, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = producer(target, Duration.ofSeconds(30))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static KafkaProducer<String, String> producer(KafkaBroker target, Duration maxBlock) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, target.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) maxBlock.toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(maxBlock.toMillis(), 2_000),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(maxBlock.toMillis(), 2_000)),
                new StringSerializer(), new StringSerializer());
    }

    private static ConsumerRecord<String, String> consumeOne(String topic) {
        return consumeOne(broker, topic);
    }

    private static ConsumerRecord<String, String> consumeOne(KafkaBroker source, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, source.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            assertThat(records).as("records on " + topic).isNotEmpty();
            return records.getFirst();
        }
    }
}
