package io.simadmin.embedded;

import java.nio.file.Path;
import java.util.Properties;

/** The server.properties of a single-node KRaft broker sized for a laptop. */
record KafkaBrokerSettings(Path logDir, int port, int controllerPort) {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    Properties toProperties() {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", Integer.toString(NODE_ID));
        properties.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        properties.put("controller.listener.names", CONTROLLER_LISTENER);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", logDir.toString());
        properties.put("metadata.log.dir", logDir.toString());

        // One broker: every internal topic must live with a single replica.
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("default.replication.factor", "1");
        properties.put("min.insync.replicas", "1");
        // Fewer internal partitions: the first consumer group and transaction are ready sooner.
        properties.put("offsets.topic.num.partitions", "5");
        properties.put("transaction.state.log.num.partitions", "5");
        properties.put("share.coordinator.state.topic.num.partitions", "5");

        properties.put("auto.create.topics.enable", "true");
        properties.put("num.partitions", "3");
        // Tests and local runs join groups one consumer at a time; waiting 3 s for more members only slows them.
        properties.put("group.initial.rebalance.delay.ms", "0");

        // Events are the source for rebuilding read models: keep them, in small segments.
        properties.put("log.retention.ms", "-1");
        properties.put("log.retention.bytes", "-1");
        properties.put("log.segment.bytes", Integer.toString(16 * 1024 * 1024));
        properties.put("log.index.size.max.bytes", Integer.toString(1024 * 1024));
        properties.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        properties.put("log.cleaner.threads", "1");
        properties.put("num.network.threads", "2");
        properties.put("num.io.threads", "2");
        properties.put("num.recovery.threads.per.data.dir", "1");
        properties.put("background.threads", "2");
        properties.put("num.replica.fetchers", "1");
        return properties;
    }
}
