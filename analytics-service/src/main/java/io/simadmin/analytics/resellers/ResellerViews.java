package io.simadmin.analytics.resellers;

import io.simadmin.events.reseller.ResellerSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code reseller_view} read model. Every write is an upsert, because a replay or a rebalance can hand us a
 * reseller's events in another order than they happened (an update before its registration): the row is
 * created by whichever event comes first, snapshot fields only move forward in event time, and a removal is
 * final whatever arrives after it.
 */
@Repository
public class ResellerViews {

    private final JdbcClient jdbc;

    public ResellerViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void registered(UUID resellerId, ResellerSnapshot reseller, Instant at) {
        upsertSnapshot(resellerId, reseller, at);
        // The registration time is a fact of its own, true whichever events were applied before it.
        jdbc.sql("update reseller_view set registered_at = :at where reseller_id = :id")
                .param("at", Timestamp.from(at)).param("id", resellerId).update();
    }

    public void updated(UUID resellerId, ResellerSnapshot reseller, Instant at) {
        upsertSnapshot(resellerId, reseller, at);
    }

    public void statusChanged(UUID resellerId, String businessName, String status, Instant at) {
        jdbc.sql("""
                        insert into reseller_view (reseller_id, business_name, status, last_event_at)
                        values (:id, :name, :status, :at)
                        on conflict (reseller_id) do update
                          set business_name = coalesce(excluded.business_name, reseller_view.business_name),
                              status = excluded.status,
                              last_event_at = excluded.last_event_at
                          where reseller_view.last_event_at <= excluded.last_event_at""")
                .param("id", resellerId).param("name", businessName).param("status", status)
                .param("at", Timestamp.from(at)).update();
    }

    public void removed(UUID resellerId, String businessName, Instant at) {
        jdbc.sql("""
                        insert into reseller_view (reseller_id, business_name, removed, removed_at, last_event_at)
                        values (:id, :name, true, :at, :at)
                        on conflict (reseller_id) do update
                          set removed = true,
                              removed_at = coalesce(reseller_view.removed_at, excluded.removed_at),
                              business_name = coalesce(reseller_view.business_name, excluded.business_name),
                              last_event_at = greatest(reseller_view.last_event_at, excluded.last_event_at)""")
                .param("id", resellerId).param("name", businessName).param("at", Timestamp.from(at)).update();
    }

    /** The reseller's name and status as last told, removed or not. */
    public Optional<ResellerRef> find(UUID resellerId) {
        return jdbc.sql("select business_name, status, removed from reseller_view where reseller_id = :id")
                .param("id", resellerId)
                .query((rs, n) -> new ResellerRef(resellerId, rs.getString("business_name"), rs.getString("status"),
                        rs.getBoolean("removed")))
                .optional();
    }

    /** Resellers that still exist, by status; a removed reseller no longer counts anywhere. */
    public ResellerCounts liveCounts() {
        return jdbc.sql("""
                        select count(*) as total,
                               count(*) filter (where status = 'active') as active,
                               count(*) filter (where status = 'pending') as pending,
                               count(*) filter (where status = 'suspended') as suspended
                        from reseller_view where not removed""")
                .query((rs, n) -> new ResellerCounts(rs.getLong("total"), rs.getLong("active"),
                        rs.getLong("pending"), rs.getLong("suspended")))
                .single();
    }

    private void upsertSnapshot(UUID resellerId, ResellerSnapshot reseller, Instant at) {
        jdbc.sql("""
                        insert into reseller_view (reseller_id, business_name, status, city, country, last_event_at)
                        values (:id, :name, :status, :city, :country, :at)
                        on conflict (reseller_id) do update
                          set business_name = excluded.business_name,
                              status = excluded.status,
                              city = excluded.city,
                              country = excluded.country,
                              last_event_at = excluded.last_event_at
                          where reseller_view.last_event_at <= excluded.last_event_at""")
                .param("id", resellerId).param("name", reseller.businessName()).param("status", reseller.status())
                .param("city", reseller.city()).param("country", reseller.country())
                .param("at", Timestamp.from(at)).update();
    }
}
