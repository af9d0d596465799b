package io.simadmin.payment.gateways;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code payment_attempt} table: the intent to call a gateway, committed before the call, and its outcome,
 * recorded at most once (the first of the caller, the reconciler or a webhook to resolve it wins).
 */
@Component
public class GatewayAttempts {

    private static final RowMapper<Attempt> ROW = (rs, n) -> new Attempt(rs.getObject("id", UUID.class),
            rs.getObject("transaction_id", UUID.class),
            Attempt.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("gateway"),
            rs.getString("idempotency_key"), Attempt.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
            rs.getString("gateway_reference"), rs.getString("failure_code"), rs.getString("last_error"),
            rs.getInt("checks"), rs.getTimestamp("started_at").toInstant());

    private static final String COLUMNS = """
            select id, transaction_id, kind, gateway, idempotency_key, state, gateway_reference, failure_code,
                   last_error, checks, started_at
            from payment_attempt""";

    private final JdbcTemplate jdbc;

    GatewayAttempts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the intent in the caller's transaction, which must commit before the gateway is called. The key is
     * derived from the attempt's own id: unique, and the same for every retry of this attempt.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the transaction already has an attempt in flight
     */
    public Attempt begin(UUID transactionId, Attempt.Kind kind, String gateway, UUID attemptId, Instant now) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an attempt is recorded in the transaction that creates its intent");
        }
        String key = "simadmin-" + kind.value() + "-" + attemptId;
        jdbc.update("""
                        insert into payment_attempt (id, transaction_id, kind, gateway, idempotency_key, state, started_at)
                        values (?, ?, ?, ?, ?, 'in_flight', ?)""",
                attemptId, transactionId, kind.value(), gateway, key, Timestamp.from(now));
        return new Attempt(attemptId, transactionId, kind, gateway, key, Attempt.State.IN_FLIGHT, null, null, null, 0,
                now);
    }

    /** @return whether this call resolved it (false: someone else already had) */
    public boolean resolve(UUID id, Attempt.State state, String reference, String failureCode, String error,
                           Instant now) {
        return jdbc.update("""
                        update payment_attempt
                        set state = ?, gateway_reference = coalesce(?, gateway_reference), failure_code = ?,
                            last_error = ?, finished_at = ?
                        where id = ? and state = 'in_flight'""",
                state.value(), reference, failureCode, truncate(error), Timestamp.from(now), id) == 1;
    }

    /** The gateway did not say; the attempt stays in flight for the reconciler, with what was learnt. */
    public void noteUnknown(UUID id, String reference, String failureCode, String error) {
        jdbc.update("""
                        update payment_attempt
                        set checks = checks + 1, gateway_reference = coalesce(?, gateway_reference),
                            failure_code = coalesce(?, failure_code), last_error = ?
                        where id = ? and state = 'in_flight'""",
                reference, failureCode, truncate(error), id);
    }

    /**
     * Claims up to {@code limit} attempts in flight since before {@code startedBefore} and not checked since
     * {@code recheckAfter}: each is pushed back by that interval, so several instances never ask about the same
     * attempt at once.
     */
    public List<Attempt> claimDue(Instant startedBefore, Instant now, Duration recheckAfter, int limit) {
        return jdbc.query("""
                        update payment_attempt a set next_check_at = ?
                        where a.id in (select id from payment_attempt
                                       where state = 'in_flight' and started_at < ?
                                         and (next_check_at is null or next_check_at <= ?)
                                       order by started_at limit ? for update skip locked)
                        returning a.id, a.transaction_id, a.kind, a.gateway, a.idempotency_key, a.state,
                                  a.gateway_reference, a.failure_code, a.last_error, a.checks, a.started_at""",
                ROW, Timestamp.from(now.plus(recheckAfter)), Timestamp.from(startedBefore), Timestamp.from(now),
                limit);
    }

    public Optional<Attempt> find(UUID id) {
        return jdbc.query(COLUMNS + " where id = ?", ROW, id).stream().findFirst();
    }

    public Optional<Attempt> findByKey(String key) {
        return jdbc.query(COLUMNS + " where idempotency_key = ?", ROW, key).stream().findFirst();
    }

    public Optional<Attempt> findByReference(String gateway, String reference) {
        return jdbc.query(COLUMNS + " where gateway = ? and gateway_reference = ? order by started_at desc", ROW,
                gateway, reference).stream().findFirst();
    }

    public Optional<Attempt> inFlightOf(UUID transactionId) {
        return jdbc.query(COLUMNS + " where transaction_id = ? and state = 'in_flight'", ROW, transactionId)
                .stream().findFirst();
    }

    public List<Attempt> of(UUID transactionId) {
        return jdbc.query(COLUMNS + " where transaction_id = ? order by started_at", ROW, transactionId);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
