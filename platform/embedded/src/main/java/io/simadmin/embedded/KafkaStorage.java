package io.simadmin.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Formats a KRaft log directory the way {@code kafka-storage.sh format} does, once per directory. */
final class KafkaStorage {

    private static final Logger log = LoggerFactory.getLogger(KafkaStorage.class);
    private static final String META_PROPERTIES = "meta.properties";

    private KafkaStorage() {
    }

    /** The cluster id lives in meta.properties inside the directory, so a formatted directory is left alone. */
    static void formatIfNeeded(Path logDir, int nodeId, String controllerListenerName) {
        if (Files.isRegularFile(logDir.resolve(META_PROPERTIES))) {
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String clusterId = Uuid.randomUuid().toString();
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                    .setClusterId(clusterId)
                    .setNodeId(nodeId)
                    .setControllerListenerName(controllerListenerName)
                    .addDirectory(logDir.toString())
                    .setMetadataLogDirectory(logDir.toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    // Static quorum (controller.quorum.voters): the single voter is known from configuration.
                    .setHasDynamicQuorum(false)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage in " + logDir + ": " + output, e);
        }
        log.info("Formatted Kafka storage in {} for cluster {}", logDir, clusterId);
    }
}
