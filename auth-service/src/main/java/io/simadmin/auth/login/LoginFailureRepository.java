package io.simadmin.auth.login;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

@Repository
class LoginFailureRepository {

    private final JdbcTemplate jdbc;

    LoginFailureRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> lockedUntil(String key) {
        return jdbc.query("select locked_until from login_failure where login_key = ? and locked_until is not null",
                (rs, i) -> rs.getTimestamp(1).toInstant(), key).stream().findFirst();
    }

    /**
     * Counts one failure. Failures older than the window no longer count (the decay): the count restarts at 1.
     *
     * @return the failures within the window, this one included
     */
    int recordFailure(String key, Instant now, Instant windowStart) {
        Timestamp start = Timestamp.from(windowStart);
        return jdbc.queryForObject("""
                        insert into login_failure (login_key, failures, first_failure_at) values (?, 1, ?)
                        on conflict (login_key) do update set
                            failures = case when login_failure.first_failure_at < ? then 1 else login_failure.failures + 1 end,
                            locked_until = case when login_failure.first_failure_at < ? then null else login_failure.locked_until end,
                            first_failure_at = case when login_failure.first_failure_at < ? then excluded.first_failure_at
                                                    else login_failure.first_failure_at end
                        returning failures""",
                Integer.class, key, Timestamp.from(now), start, start, start);
    }

    void lock(String key, Instant until) {
        jdbc.update("update login_failure set locked_until = ? where login_key = ?", Timestamp.from(until), key);
    }

    void clear(String key) {
        jdbc.update("delete from login_failure where login_key = ?", key);
    }
}
