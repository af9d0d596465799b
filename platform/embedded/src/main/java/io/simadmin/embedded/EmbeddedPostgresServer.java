package io.simadmin.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky binaries) whose data directory survives restarts.
 * One server holds one database and one login role per service.
 *
 * <p>Started as root, zonky runs initdb and postgres through {@code unshare -U}, where they are "nobody" in a user
 * namespace yet still own the root-owned data directory, so a data directory anywhere (e.g. the repository's
 * {@code .data/}) works without changing permissions. zonky starts postgres with {@code -F} (fsync off): a clean
 * stop keeps every commit, an operating-system crash may not, which is the right trade for tests and laptops.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_OBJECT = "42710";
    private static final String DUPLICATE_DATABASE = "42P04";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code dataDir}, running initdb only when the directory holds no cluster yet.
     * Port 0 picks a free one.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        return start(dataDir, port, true);
    }

    /**
     * @param stopOnJvmExit whether PostgreSQL stops by itself when this JVM exits. A process that stops its
     *                      clients first (the launcher) passes false: the JVM runs shutdown hooks in parallel,
     *                      so PostgreSQL's own hook would pull the database from under services still stopping,
     *                      whose connection pools then wait out their timeouts.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean stopOnJvmExit) {
        Path absoluteDataDir = dataDir.toAbsolutePath().normalize();
        try {
            PostgresDirectories.prepare(absoluteDataDir);
            OrphanedPostmaster.stopIfRunning(absoluteDataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(absoluteDataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(stopOnJvmExit)
                    .setOverrideWorkingDirectory(PostgresDirectories.binariesDirectory().toFile())
                    .setPort(port == 0 ? FreePorts.pick() : port)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    // Laptop-sized: the suite runs ten services against this one server.
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "64MB")
                    .setServerConfig("work_mem", "4MB")
                    .setServerConfig("maintenance_work_mem", "32MB")
                    // Losing the last few commits on a crash is fine locally; waiting for every fsync is not.
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("timezone", "UTC")
                    .start();
            log.info("PostgreSQL listening on localhost:{} with data in {}", postgres.getPort(), absoluteDataDir);
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on " + absoluteDataDir, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the login role (or resets its password) and a database owned by it; safe to call on every start. */
    public synchronized void ensureDatabase(String database, String role, String password) {
        requireIdentifier(database);
        requireIdentifier(role);
        try (Connection connection = adminDataSource().getConnection()) {
            ensureRole(connection, role, password);
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                createDatabase(connection, database, role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not ensure database " + database + " for role " + role, e);
        }
    }

    /** Superuser connections to the {@code postgres} database. */
    public DataSource adminDataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    private static void ensureRole(Connection connection, String role, String password) throws SQLException {
        if (exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
            execute(connection, "ALTER ROLE %I LOGIN PASSWORD %L", role, password);
            return;
        }
        try {
            execute(connection, "CREATE ROLE %I LOGIN PASSWORD %L", role, password);
        } catch (SQLException e) {
            // Another JVM (a second test fork) may have created it between our check and our create.
            if (!DUPLICATE_OBJECT.equals(e.getSQLState())) {
                throw e;
            }
            execute(connection, "ALTER ROLE %I LOGIN PASSWORD %L", role, password);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void createDatabase(Connection connection, String database, String owner) throws SQLException {
        try {
            execute(connection, "CREATE DATABASE %I OWNER %I", database, owner);
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /**
     * DDL takes no bind parameters, so PostgreSQL's own format() quotes the identifiers and the password literal.
     */
    private static void execute(Connection connection, String template, String... arguments) throws SQLException {
        StringBuilder call = new StringBuilder("SELECT format(?");
        for (int i = 0; i < arguments.length; i++) {
            call.append(", ?");
        }
        call.append(')');
        String ddl;
        try (PreparedStatement format = connection.prepareStatement(call.toString())) {
            format.setString(1, template);
            for (int i = 0; i < arguments.length; i++) {
                format.setString(i + 2, arguments[i]);
            }
            try (ResultSet rows = format.executeQuery()) {
                rows.next();
                ddl = rows.getString(1);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
    }

    private static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case PostgreSQL identifier: " + name);
        }
    }

    /** Where zonky unpacks the PostgreSQL binaries. */
    static final class PostgresDirectories {

        private PostgresDirectories() {
        }

        /**
         * Shared by every run on the machine so only the first start pays for unpacking (~3 s). zonky makes it
         * world-writable itself: as root it runs PostgreSQL through {@code unshare -U}, where the server is "nobody".
         */
        static Path binariesDirectory() throws IOException {
            Path directory = Path.of(System.getProperty("java.io.tmpdir"), "simadmin-embedded-pg");
            Files.createDirectories(directory);
            return directory;
        }

        static void prepare(Path dataDir) throws IOException {
            Files.createDirectories(dataDir.getParent());
        }
    }
}
