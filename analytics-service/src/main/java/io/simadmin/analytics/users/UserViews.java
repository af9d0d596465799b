package io.simadmin.analytics.users;

import io.simadmin.events.user.UserSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code user_view} read model: who the public users are and in which status, for the dashboard's counts and
 * the feed's wording. Upserts ordered by event time, like {@code reseller_view}: a late older event loses. Keeps
 * no contact data; the name is kept only to say whom a feed line is about.
 */
@Repository
public class UserViews {

    private final JdbcClient jdbc;

    public UserViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void registered(UUID userId, UserSnapshot user, Instant at) {
        upsertSnapshot(userId, user, at);
        jdbc.sql("update user_view set registered_at = :at where user_id = :id")
                .param("at", Timestamp.from(at)).param("id", userId).update();
    }

    public void updated(UUID userId, UserSnapshot user, Instant at) {
        upsertSnapshot(userId, user, at);
    }

    public void statusChanged(UUID userId, String fullName, String status, Instant at) {
        jdbc.sql("""
                        insert into user_view (user_id, full_name, status, last_event_at)
                        values (:id, :name, :status, :at)
                        on conflict (user_id) do update
                          set full_name = coalesce(excluded.full_name, user_view.full_name),
                              status = excluded.status,
                              last_event_at = excluded.last_event_at
                          where user_view.last_event_at <= excluded.last_event_at""")
                .param("id", userId).param("name", fullName).param("status", status)
                .param("at", Timestamp.from(at)).update();
    }

    public Optional<String> fullName(UUID userId) {
        return jdbc.sql("select full_name from user_view where user_id = :id").param("id", userId)
                .query(String.class).optional();
    }

    /** Every user the suite has told us about: users are never deleted, only blocked. */
    public UserCounts counts() {
        return jdbc.sql("""
                        select count(*) as total,
                               count(*) filter (where status = 'active') as active,
                               count(*) filter (where status = 'blocked') as blocked,
                               count(*) filter (where status = 'pending_verification') as pending
                        from user_view""")
                .query((rs, n) -> new UserCounts(rs.getLong("total"), rs.getLong("active"), rs.getLong("blocked"),
                        rs.getLong("pending")))
                .single();
    }

    private void upsertSnapshot(UUID userId, UserSnapshot user, Instant at) {
        jdbc.sql("""
                        insert into user_view (user_id, full_name, status, city, country, last_event_at)
                        values (:id, :name, :status, :city, :country, :at)
                        on conflict (user_id) do update
                          set full_name = excluded.full_name,
                              status = excluded.status,
                              city = excluded.city,
                              country = excluded.country,
                              last_event_at = excluded.last_event_at
                          where user_view.last_event_at <= excluded.last_event_at""")
                .param("id", userId).param("name", user.fullName()).param("status", user.status())
                .param("city", user.city()).param("country", user.country())
                .param("at", Timestamp.from(at)).update();
    }
}
