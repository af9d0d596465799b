package io.simadmin.order.projections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code user_ref} projection. Every write is guarded by {@code as_of}: an event older than the newest one
 * applied (a replay, a late redelivery) changes nothing.
 */
@Component
public class UserRefs {

    private final JdbcClient jdbc;

    UserRefs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRef> find(UUID id) {
        return jdbc.sql("select id, full_name, phone, status from user_ref where id = :id").param("id", id)
                .query((rs, n) -> read(rs))
                .optional();
    }

    /** A {@code user_ref} row's columns id, full_name, phone and status, also where a join selects them. */
    public static UserRef read(ResultSet rs) throws SQLException {
        return new UserRef(rs.getObject("id", UUID.class), rs.getString("full_name"), rs.getString("phone"),
                rs.getString("status"));
    }

    public boolean exists(UUID id) {
        return jdbc.sql("select exists (select 1 from user_ref where id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    /** The whole user as a registration or update event carries it. */
    void upsert(UUID id, String fullName, String phone, String status, Instant asOf) {
        jdbc.sql("""
                        insert into user_ref (id, full_name, phone, status, as_of)
                        values (:id, :fullName, :phone, :status, :asOf)
                        on conflict (id) do update set full_name = excluded.full_name, phone = excluded.phone,
                            status = excluded.status, as_of = excluded.as_of
                        where user_ref.as_of <= excluded.as_of""")
                .param("id", id).param("fullName", fullName).param("phone", phone).param("status", status)
                .param("asOf", Timestamp.from(asOf))
                .update();
    }

    /** A status change carries no phone: an unknown user gets none until its next update. */
    void changeStatus(UUID id, String fullName, String status, Instant asOf) {
        jdbc.sql("""
                        insert into user_ref (id, full_name, status, as_of) values (:id, :fullName, :status, :asOf)
                        on conflict (id) do update set full_name = coalesce(excluded.full_name, user_ref.full_name),
                            status = excluded.status, as_of = excluded.as_of
                        where user_ref.as_of <= excluded.as_of""")
                .param("id", id).param("fullName", fullName).param("status", status)
                .param("asOf", Timestamp.from(asOf))
                .update();
    }
}
