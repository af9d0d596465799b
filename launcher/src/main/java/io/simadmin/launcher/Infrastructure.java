package io.simadmin.launcher;

import io.simadmin.embedded.EmbeddedPostgresServer;
import io.simadmin.embedded.KafkaBroker;
import io.simadmin.embedded.SmtpSink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * PostgreSQL, Kafka and the SMTP sink, run inside the launcher JVM: three more JVMs would cost several
 * hundred MiB for processes nobody develops. Their data lives under the data directory and survives
 * restarts.
 */
final class Infrastructure implements AutoCloseable {

    private final EmbeddedPostgresServer postgres;
    private final KafkaBroker kafka;
    private final SmtpSink smtp;

    private Infrastructure(EmbeddedPostgresServer postgres, KafkaBroker kafka, SmtpSink smtp) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.smtp = smtp;
    }

    /** Starts PostgreSQL and Kafka in parallel (both take seconds), then the SMTP sink. */
    static Infrastructure start(DataLayout layout, SuitePorts ports, Consumer<String> progress) {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            long began = System.nanoTime();
            CompletableFuture<EmbeddedPostgresServer> postgres = CompletableFuture.supplyAsync(() -> {
                EmbeddedPostgresServer server = call("PostgreSQL", () -> EmbeddedPostgresServer.start(layout.postgres(), ports.postgres(), false));
                progress.accept("  postgres           up on :%d in %.1f s".formatted(server.port(), seconds(began)));
                return server;
            }, executor);
            CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(() -> {
                KafkaBroker broker = call("Kafka", () -> KafkaBroker.start(layout.kafka(), ports.kafka()));
                progress.accept("  kafka              up on %s in %.1f s".formatted(broker.bootstrapServers(), seconds(began)));
                return broker;
            }, executor);
            try {
                CompletableFuture.allOf(postgres, kafka).join();
            } catch (CompletionException e) {
                postgres.thenAccept(Infrastructure::closeQuietly);
                kafka.thenAccept(Infrastructure::closeQuietly);
                throw unwrap(e);
            }
            SmtpSink smtp;
            try {
                smtp = call("the SMTP sink", () -> SmtpSink.start(ports.smtp()));
            } catch (RuntimeException e) {
                closeQuietly(kafka.join());
                closeQuietly(postgres.join());
                throw e;
            }
            progress.accept("  smtp sink          up on :%d".formatted(smtp.port()));
            return new Infrastructure(postgres.join(), kafka.join(), smtp);
        } finally {
            executor.shutdown();
        }
    }

    /** Creates (once) the service's database and login role, whose password is kept in the secrets file. */
    DatabaseLogin database(String name, Secrets secrets) {
        String password = secrets.getOrCreate("db." + name + ".password", Secrets::generatePassword);
        call("PostgreSQL", () -> {
            postgres.ensureDatabase(name, name, password);
            return null;
        });
        return new DatabaseLogin(postgres.jdbcUrl(name), name, password);
    }

    String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    int postgresPort() {
        return postgres.port();
    }

    int smtpPort() {
        return smtp.port();
    }

    /** Where a person (or the browser tests) reads the mails the suite sent: {@code GET /messages}. */
    int mailboxPort() {
        return smtp.serveMailbox();
    }

    /** The postmaster's pid, read from its postmaster.pid so that status can show PostgreSQL's memory. */
    static Optional<Long> postgresPid(Path postgresDir) {
        if (!Files.isDirectory(postgresDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.find(postgresDir, 3, (path, attrs) -> path.getFileName().toString().equals("postmaster.pid"))) {
            for (Path file : files.toList()) {
                String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
                if (first.matches("\\d+")) {
                    return Optional.of(Long.parseLong(first));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Kafka first (it may still flush), then PostgreSQL, then the SMTP sink; each close is attempted. */
    @Override
    public void close() {
        closeQuietly(kafka);
        closeQuietly(postgres);
        closeQuietly(smtp);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            System.err.println("simadmin: while stopping: " + e);
        }
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T call(String what, Step<T> step) {
        try {
            return step.run();
        } catch (LauncherException e) {
            throw e;
        } catch (Exception e) {
            throw new LauncherException("Could not start " + what + ": " + rootMessage(e), e);
        }
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException runtime ? runtime : e;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
