package io.simadmin.web.idempotency;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import java.time.Duration;
import java.util.Optional;

/**
 * Keys live in the {@code idempotency} schema this library migrates itself. A key is kept for
 * {@code retention}; after that the same key starts a new request.
 */
public class JdbcIdempotencyStore implements IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final Duration retention;

    public JdbcIdempotencyStore(JdbcTemplate jdbc, Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    /** Migrates the {@code idempotency} schema (with its own history table, apart from the service's) first. */
    public static JdbcIdempotencyStore migrated(DataSource dataSource, Duration retention) {
        Flyway.configure().dataSource(dataSource).schemas("idempotency").createSchemas(true)
                .table("flyway_history").locations("classpath:db/simadmin/idempotency").load().migrate();
        return new JdbcIdempotencyStore(new JdbcTemplate(dataSource), retention);
    }

    @Override
    public Optional<StoredRequest> begin(String scope, String key, String requestHash) {
        // One statement claims a new key or takes over an expired one: a delete before the insert cost a round trip
        // and a commit on every request.
        int claimed = jdbc.update("""
                insert into idempotency.request (scope, key, request_hash, created_at) values (?, ?, ?, now())
                on conflict (scope, key) do update set request_hash = excluded.request_hash,
                    created_at = excluded.created_at, status = null, content_type = null, location = null, body = null,
                    completed_at = null
                where idempotency.request.created_at < now() - ?::interval""",
                scope, key, requestHash, retention.toSeconds() + " seconds");
        return claimed == 1 ? Optional.empty() : earlier(scope, key);
    }

    @Override
    public Optional<StoredRequest> record(String scope, String key, String requestHash, StoredResponse response) {
        int stored = jdbc.update("""
                insert into idempotency.request (scope, key, request_hash, created_at, status, content_type, location,
                    body, completed_at)
                values (?, ?, ?, now(), ?, ?, ?, ?, now())
                on conflict (scope, key) do update set request_hash = excluded.request_hash,
                    created_at = excluded.created_at, status = excluded.status, content_type = excluded.content_type,
                    location = excluded.location, body = excluded.body, completed_at = excluded.completed_at
                where idempotency.request.created_at < now() - ?::interval""",
                scope, key, requestHash, response.status(), response.contentType(), response.location(),
                response.body(), retention.toSeconds() + " seconds");
        return stored == 1 ? Optional.empty() : earlier(scope, key);
    }

    private Optional<StoredRequest> earlier(String scope, String key) {
        return jdbc.query("""
                        select request_hash, status, content_type, location, body
                        from idempotency.request where scope = ? and key = ?""",
                rs -> {
                    if (!rs.next()) {
                        return Optional.<StoredRequest>empty();
                    }
                    int status = rs.getInt("status");
                    StoredResponse response = rs.wasNull() ? null : new StoredResponse(status,
                            rs.getString("content_type"), rs.getString("location"), rs.getBytes("body"));
                    return Optional.of(new StoredRequest(rs.getString("request_hash"), response));
                }, scope, key);
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        jdbc.update("""
                        update idempotency.request set status = ?, content_type = ?, location = ?, body = ?, completed_at = now()
                        where scope = ? and key = ?""",
                response.status(), response.contentType(), response.location(), response.body(), scope, key);
    }

    @Override
    public void release(String scope, String key) {
        jdbc.update("delete from idempotency.request where scope = ? and key = ? and status is null", scope, key);
    }
}
