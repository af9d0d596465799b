package io.simadmin.analytics.clients;

import io.simadmin.events.reseller.ResellerClientSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code client_view} read model: every reseller client with its reseller, status and plan. Clients are never
 * deleted (an unwanted one becomes inactive), so every row counts. Upserts ordered by event time.
 */
@Repository
public class ClientViews {

    private final JdbcClient jdbc;

    public ClientViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies the client's snapshot (the addition or any later change, whichever arrives first creates the row).
     *
     * @return {@code true} when this is the first event about the client, so it counts once for its reseller
     */
    public boolean apply(UUID clientId, UUID resellerId, ResellerClientSnapshot client, boolean added, Instant at) {
        boolean known = jdbc.sql("select true from client_view where client_id = :id for update")
                .param("id", clientId).query(Boolean.class).optional().isPresent();
        jdbc.sql("""
                        insert into client_view (client_id, reseller_id, client_name, status, plan_type, last_event_at)
                        values (:id, :reseller, :name, :status, :plan, :at)
                        on conflict (client_id) do update
                          set reseller_id = excluded.reseller_id,
                              client_name = excluded.client_name,
                              status = excluded.status,
                              plan_type = excluded.plan_type,
                              last_event_at = excluded.last_event_at
                          where client_view.last_event_at <= excluded.last_event_at""")
                .param("id", clientId).param("reseller", resellerId).param("name", client.clientName())
                .param("status", client.status()).param("plan", client.planType())
                .param("at", Timestamp.from(at)).update();
        if (added) {
            jdbc.sql("update client_view set added_at = :at where client_id = :id")
                    .param("at", Timestamp.from(at)).param("id", clientId).update();
        }
        return !known;
    }

    public ClientCounts counts() {
        return jdbc.sql(COUNTS + " from client_view").query((rs, n) -> new ClientCounts(rs.getLong("total"),
                rs.getLong("active"), rs.getLong("inactive"), rs.getLong("suspended"))).single();
    }

    public ClientCounts countsOf(UUID resellerId) {
        return jdbc.sql(COUNTS + " from client_view where reseller_id = :reseller").param("reseller", resellerId)
                .query((rs, n) -> new ClientCounts(rs.getLong("total"), rs.getLong("active"),
                        rs.getLong("inactive"), rs.getLong("suspended"))).single();
    }

    private static final String COUNTS = """
            select count(*) as total,
                   count(*) filter (where status = 'active') as active,
                   count(*) filter (where status = 'inactive') as inactive,
                   count(*) filter (where status = 'suspended') as suspended""";
}
