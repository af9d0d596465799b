package io.simadmin.launcher;

import java.nio.file.Path;

/**
 * Where the suite keeps everything that survives a restart: the data of PostgreSQL and Kafka, the ports
 * and secrets chosen on the first start, logs, the run state and the JVM caches.
 */
public record DataLayout(Path repoRoot, Path dataDir) {

    public Path postgres() {
        return dataDir.resolve("postgres");
    }

    public Path kafka() {
        return dataDir.resolve("kafka");
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    public Path log(String service) {
        return logs().resolve(service + ".log");
    }

    public Path launcherLog() {
        return log("launcher");
    }

    public Path run() {
        return dataDir.resolve("run");
    }

    public Path pidFile() {
        return run().resolve("launcher.pid");
    }

    public Path stateFile() {
        return run().resolve("state.properties");
    }

    public Path portsFile() {
        return dataDir.resolve("ports.properties");
    }

    public Path secretsFile() {
        return dataDir.resolve("secrets.properties");
    }

    /** Service jars unpacked to plain class-path jars: the JVM's AOT/CDS caches only cover such jars. */
    public Path apps() {
        return dataDir.resolve("app");
    }

    public Path aot() {
        return dataDir.resolve("aot");
    }

    /** A path as people should read it: relative to the repo root when it is inside it. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = repoRoot.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
