package io.simadmin.auth.tokens;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Repository
class RefreshTokenRepository {

    record Row(UUID id, UUID familyId, UUID adminId, boolean rememberMe, Instant familyExpiresAt, Instant replacedAt,
               Instant revokedAt) {
    }

    private final JdbcTemplate jdbc;

    RefreshTokenRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID familyId, UUID adminId, String tokenHash, boolean rememberMe, Instant familyExpiresAt,
                Instant now) {
        jdbc.update("""
                        insert into refresh_token (id, family_id, admin_id, token_hash, remember_me, family_expires_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                id, familyId, adminId, tokenHash, rememberMe, Timestamp.from(familyExpiresAt), Timestamp.from(now));
    }

    Optional<Row> findByHash(String tokenHash) {
        return jdbc.query("""
                        select id, family_id, admin_id, remember_me, family_expires_at, replaced_at, revoked_at
                        from refresh_token where token_hash = ?""",
                (rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
                        rs.getObject("admin_id", UUID.class), rs.getBoolean("remember_me"),
                        rs.getTimestamp("family_expires_at").toInstant(), instant(rs.getTimestamp("replaced_at")),
                        instant(rs.getTimestamp("revoked_at"))), tokenHash).stream().findFirst();
    }

    /** @return false when another request replaced or revoked it first */
    boolean markReplaced(UUID id, Instant now) {
        return jdbc.update("update refresh_token set replaced_at = ? where id = ? and replaced_at is null and revoked_at is null",
                Timestamp.from(now), id) == 1;
    }

    int revokeFamily(UUID familyId, Instant now) {
        return jdbc.update("update refresh_token set revoked_at = ? where family_id = ? and revoked_at is null",
                Timestamp.from(now), familyId);
    }

    int revokeAllOf(UUID adminId, UUID exceptFamily, Instant now) {
        return jdbc.update("update refresh_token set revoked_at = ? where admin_id = ? and revoked_at is null and family_id <> ?",
                Timestamp.from(now), adminId, exceptFamily == null ? new UUID(0, 0) : exceptFamily);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
