package io.simadmin.embedded;

import java.nio.file.Path;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one server), running inside this JVM.
 * Unlike spring-kafka-test's embedded broker it keeps a fixed port and a persistent log directory, and can be
 * stopped and started again, which failure tests of producers and consumers need.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private final KafkaBrokerSettings settings;
    private KafkaRaftServer server;

    private KafkaBroker(KafkaBrokerSettings settings) {
        this.settings = settings;
    }

    /** Starts a broker on {@code port} (0 picks a free one, kept for later restarts) with its data in {@code logDir}. */
    public static KafkaBroker start(Path logDir, int port) {
        Path absoluteLogDir = logDir.toAbsolutePath().normalize();
        KafkaBrokerSettings settings = new KafkaBrokerSettings(
                absoluteLogDir, port == 0 ? FreePorts.pick() : port, FreePorts.pick());
        KafkaStorage.formatIfNeeded(absoluteLogDir, KafkaBrokerSettings.NODE_ID, KafkaBrokerSettings.CONTROLLER_LISTENER);
        KafkaBroker broker = new KafkaBroker(settings);
        broker.startServer();
        return broker;
    }

    public String bootstrapServers() {
        return "localhost:" + settings.port();
    }

    public int port() {
        return settings.port();
    }

    /** Shuts the broker down; clients then get "connection refused" until {@link #restart()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long started = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        server = null;
        log.info("Kafka broker on {} stopped in {} ms", bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Starts the broker again on the same port and log directory; topics, records and offsets survive. */
    public synchronized void restart() {
        stop();
        startServer();
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void startServer() {
        long started = System.nanoTime();
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(settings.toProperties(), false), Time.SYSTEM);
        try {
            raftServer.startup();
        } catch (RuntimeException e) {
            raftServer.shutdown();
            throw new IllegalStateException("Kafka broker did not start on " + bootstrapServers(), e);
        }
        server = raftServer;
        log.info("Kafka broker listening on {} (log dir {}) after {} ms",
                bootstrapServers(), settings.logDir(), (System.nanoTime() - started) / 1_000_000);
    }
}
