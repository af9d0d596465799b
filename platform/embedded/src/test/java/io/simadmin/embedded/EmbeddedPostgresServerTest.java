package io.simadmin.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path workDir;

    @Test
    void keeps_data_across_restarts_on_the_same_directory() throws SQLException {
        Path dataDir = workDir.resolve(".data/postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0)) {
            server.ensureDatabase("orders", "orders", "orders-secret");
            try (Connection connection = connect(server, "orders", "orders", "orders-secret");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE plan (name text)");
                statement.execute("INSERT INTO plan VALUES ('basic')");
            }
        }

        int port = FreePorts.pick();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, port)) {
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.jdbcUrl("orders")).isEqualTo("jdbc:postgresql://localhost:" + port + "/orders");
            try (Connection connection = connect(server, "orders", "orders", "orders-secret");
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT name FROM plan")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("basic");
            }
        }
    }

    @Test
    void ensure_database_is_idempotent_and_the_role_owns_its_database() throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(workDir.resolve("pg"), 0)) {
            server.ensureDatabase("users", "user_service", "first");
            server.ensureDatabase("users", "user_service", "second");

            try (Connection connection = connect(server, "users", "user_service", "second");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE app_user (id bigint)");
                try (ResultSet rows = statement.executeQuery(
                        "SELECT current_user, pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")) {
                    rows.next();
                    assertThat(rows.getString(1)).isEqualTo("user_service");
                    assertThat(rows.getString(2)).isEqualTo("user_service");
                }
            }
            try (Connection admin = server.adminDataSource().getConnection();
                 Statement statement = admin.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT count(*) FROM pg_roles WHERE rolname = 'user_service' AND rolcanlogin")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void refuses_names_that_are_not_plain_identifiers() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(workDir.resolve("pg"), 0)) {
            assertThatThrownBy(() -> server.ensureDatabase("x; DROP DATABASE postgres", "x", "p"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server, String database, String role, String password)
            throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), role, password);
    }
}
