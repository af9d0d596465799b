package io.simadmin.analytics.resellers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code reseller_stats} read model: per reseller, how many clients and orders the suite has told us about,
 * its credit balance as of the newest credit event, and when anything last happened around it. Counters only move
 * when a client or order is seen for the first time, so a replay or a duplicate never counts twice.
 */
@Repository
public class ResellerStats {

    private final JdbcClient jdbc;

    public ResellerStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void clientAdded(UUID resellerId, Instant at) {
        upsert(resellerId, at, "clients_count = reseller_stats.clients_count + 1", 1, 0);
    }

    public void orderPlaced(UUID resellerId, Instant at) {
        upsert(resellerId, at, "orders_count = reseller_stats.orders_count + 1", 0, 1);
    }

    /** Something happened to the reseller, its clients, orders or tickets. */
    public void touched(UUID resellerId, Instant at) {
        upsert(resellerId, at, null, 0, 0);
    }

    /** The balance a credit event ended with; an older credit event arriving late does not overwrite a newer one. */
    public void creditBalance(UUID resellerId, BigDecimal balanceAfter, Instant at) {
        touched(resellerId, at);
        jdbc.sql("""
                        update reseller_stats set credit_balance = :balance, credit_at = :at
                        where reseller_id = :id and (credit_at is null or credit_at <= :at)""")
                .param("id", resellerId).param("balance", balanceAfter).param("at", Timestamp.from(at)).update();
    }

    public Optional<ResellerStatsRow> find(UUID resellerId) {
        return jdbc.sql("""
                        select clients_count, orders_count, credit_balance, credit_at, last_activity_at
                        from reseller_stats where reseller_id = :id""")
                .param("id", resellerId)
                .query((rs, n) -> new ResellerStatsRow(rs.getLong("clients_count"), rs.getLong("orders_count"),
                        rs.getBigDecimal("credit_balance"), instant(rs.getTimestamp("credit_at")),
                        instant(rs.getTimestamp("last_activity_at"))))
                .optional();
    }

    private void upsert(UUID resellerId, Instant at, String increment, int clients, int orders) {
        jdbc.sql("""
                        insert into reseller_stats (reseller_id, clients_count, orders_count, last_activity_at)
                        values (:id, :clients, :orders, :at)
                        on conflict (reseller_id) do update
                          set %slast_activity_at = greatest(reseller_stats.last_activity_at, excluded.last_activity_at)"""
                        .formatted(increment == null ? "" : increment + ", "))
                .param("id", resellerId).param("clients", clients).param("orders", orders)
                .param("at", Timestamp.from(at)).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
