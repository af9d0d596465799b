package io.simadmin.reseller.credit;

import io.simadmin.events.Actor;
import io.simadmin.messaging.outbox.UuidV7;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The only code that moves a reseller's balance or a client's usage. Every move happens under
 * {@code SELECT … FOR UPDATE} on the reseller row (then the client row, always in that order, so two moves never
 * deadlock), changes the balance and appends the ledger entry in the same transaction. Concurrent orders of one
 * reseller therefore queue on its row, and each sees the balance the previous one left: none can push it past the
 * limit.
 */
@Component
class CreditLedger {

    private final JdbcTemplate jdbc;

    CreditLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the reseller's row until the transaction ends; deleted resellers too (their history still moves). */
    Optional<CreditAccount> lock(UUID resellerId) {
        requireTransaction();
        List<CreditAccount> rows = jdbc.query("""
                        select id, status, credit_limit, current_balance, deleted_at is not null as deleted
                        from reseller where id = ? for update""",
                (rs, n) -> new CreditAccount(rs.getObject("id", UUID.class), rs.getString("status"),
                        rs.getBigDecimal("credit_limit"), rs.getBigDecimal("current_balance"), rs.getBoolean("deleted")),
                resellerId);
        return rows.stream().findFirst();
    }

    /** Locks a client's row; call only after locking its reseller. */
    Optional<ClientCredit> lockClient(UUID clientId) {
        requireTransaction();
        List<ClientCredit> rows = jdbc.query("""
                        select id, reseller_id, status, monthly_limit, current_usage, usage_month
                        from reseller_client where id = ? for update""",
                (rs, n) -> new ClientCredit(rs.getObject("id", UUID.class), rs.getObject("reseller_id", UUID.class),
                        rs.getString("status"), rs.getBigDecimal("monthly_limit"), rs.getBigDecimal("current_usage"),
                        rs.getDate("usage_month").toLocalDate()),
                clientId);
        return rows.stream().findFirst();
    }

    /**
     * Moves the balance of a reseller locked by {@link #lock} and records why.
     *
     * @param amount positive raises what the reseller owes, negative lowers it
     * @return the new entry's id and the balance after it
     */
    Posted post(CreditAccount locked, EntryKind kind, BigDecimal amount, UUID orderId, Actor actor, String reason,
                Instant at) {
        requireTransaction();
        BigDecimal balanceAfter = jdbc.queryForObject("""
                        update reseller set current_balance = current_balance + ? where id = ?
                        returning current_balance""",
                BigDecimal.class, amount, locked.resellerId());
        UUID id = UuidV7.next();
        jdbc.update("""
                        insert into credit_entry (id, reseller_id, kind, amount, balance_after, order_id, actor_type,
                                                  actor_id, reason, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, locked.resellerId(), kind.value(), amount, balanceAfter, orderId, actor.type(), actor.id(), reason,
                Timestamp.from(at));
        return new Posted(id, balanceAfter);
    }

    /** Adds an order's total to a locked client's usage of {@code month}, starting the month afresh if it is new. */
    void addUsage(ClientCredit locked, YearMonth month, BigDecimal amount) {
        jdbc.update("""
                        update reseller_client
                        set current_usage = case when usage_month = ? then current_usage + ? else ? end,
                            usage_month = ?
                        where id = ?""",
                Date.valueOf(month.atDay(1)), amount, amount, Date.valueOf(month.atDay(1)), locked.clientId());
    }

    /** Gives a released reservation back to the client's usage, if it still counts in the client's current month. */
    void returnUsage(UUID clientId, YearMonth month, BigDecimal amount) {
        jdbc.update("""
                        update reseller_client set current_usage = greatest(current_usage - ?, 0)
                        where id = ? and usage_month = ?""",
                amount, clientId, Date.valueOf(month.atDay(1)));
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("credit moves need the transaction that holds the reseller's row lock");
        }
    }

    record Posted(UUID entryId, BigDecimal balanceAfter) {
    }
}
