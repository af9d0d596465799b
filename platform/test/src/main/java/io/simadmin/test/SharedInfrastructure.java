package io.simadmin.test;

import io.simadmin.embedded.EmbeddedPostgresServer;
import io.simadmin.embedded.KafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL server and one real Kafka broker per test JVM, started on first use in a temporary
 * directory and stopped when the JVM exits. Every Spring context of every test class in the JVM shares them,
 * which is what keeps a service's integration tests fast.
 */
public final class SharedInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(SharedInfrastructure.class);
    private static final Path ROOT = createRoot();
    private static final LazyServer<EmbeddedPostgresServer> POSTGRES =
            new LazyServer<>("postgres", () -> EmbeddedPostgresServer.start(ROOT.resolve("postgres"), 0));
    private static final LazyServer<KafkaBroker> KAFKA =
            new LazyServer<>("kafka", () -> KafkaBroker.start(ROOT.resolve("kafka"), 0));
    private static final Map<String, TestDatabase> DATABASES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::shutdown, "shared-infrastructure-stop"));
    }

    private SharedInfrastructure() {
    }

    /** Starts PostgreSQL and Kafka side by side without waiting; a later {@link #postgres()} or {@link #kafka()} waits. */
    public static void startAll() {
        POSTGRES.startInBackground();
        KAFKA.startInBackground();
    }

    public static EmbeddedPostgresServer postgres() {
        return POSTGRES.get();
    }

    public static KafkaBroker kafka() {
        return KAFKA.get();
    }

    /** JDBC URL of a database created once per JVM; see {@link #testDatabase(String)} for the login. */
    public static String database(String name) {
        return testDatabase(name).jdbcUrl();
    }

    /**
     * A database, and a login role of the same name owning it, created once per JVM. Names such as
     * {@code order-service} become {@code order_service}; the password is the name too, as it guards nothing.
     */
    public static TestDatabase testDatabase(String name) {
        return DATABASES.computeIfAbsent(databaseName(name), SharedInfrastructure::createDatabase);
    }

    /** The PostgreSQL identifier used for a service or database name. */
    public static String databaseName(String name) {
        String identifier = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return Character.isDigit(identifier.charAt(0)) ? "_" + identifier : identifier;
    }

    private static TestDatabase createDatabase(String name) {
        EmbeddedPostgresServer server = postgres();
        server.ensureDatabase(name, name, name);
        return new TestDatabase(name, server.jdbcUrl(name), name, name);
    }

    private static Path createRoot() {
        try {
            return Files.createTempDirectory("simadmin-test-");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary directory for the shared test servers", e);
        }
    }

    private static void shutdown() {
        closeQuietly("kafka", KAFKA);
        closeQuietly("postgres", POSTGRES);
        // zonky's own shutdown hook may be stopping PostgreSQL at this very moment; deleting under it would fail.
        waitUntilGone(ROOT.resolve("postgres").resolve("postmaster.pid"), Duration.ofSeconds(10));
        deleteRecursively(ROOT);
    }

    private static void closeQuietly(String name, LazyServer<?> server) {
        try {
            server.close();
        } catch (Exception e) {
            log.warn("shared {} did not stop cleanly", name, e);
        }
    }

    private static void waitUntilGone(Path file, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (Files.exists(file) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn("could not delete {}", root, e);
        }
    }
}
