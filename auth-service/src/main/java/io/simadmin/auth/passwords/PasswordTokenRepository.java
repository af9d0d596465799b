package io.simadmin.auth.passwords;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Repository
class PasswordTokenRepository {

    record Row(UUID id, UUID adminId, String purpose) {
    }

    private final JdbcTemplate jdbc;

    PasswordTokenRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID adminId, String tokenHash, String purpose, Instant now, Instant expiresAt) {
        jdbc.update("insert into password_token (id, admin_id, token_hash, purpose, created_at, expires_at) values (?, ?, ?, ?, ?, ?)",
                id, adminId, tokenHash, purpose, Timestamp.from(now), Timestamp.from(expiresAt));
    }

    /** An unused, unexpired token, locked so two confirmations cannot both use it. */
    Optional<Row> lockUsable(String tokenHash, Instant now) {
        return jdbc.query("""
                        select id, admin_id, purpose from password_token
                        where token_hash = ? and used_at is null and expires_at > ? for update""",
                (rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getObject("admin_id", UUID.class),
                        rs.getString("purpose")), tokenHash, Timestamp.from(now)).stream().findFirst();
    }

    /** Uses up every outstanding link of the admin: a new link or a new password makes older links worthless. */
    void useAllOf(UUID adminId, Instant now) {
        jdbc.update("update password_token set used_at = ? where admin_id = ? and used_at is null", Timestamp.from(now), adminId);
    }
}
