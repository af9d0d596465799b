package io.simadmin.payment.transactions;

import io.simadmin.web.paging.PageMeta;
import io.simadmin.web.problem.InvalidRequestException;
import io.simadmin.web.problem.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads of transactions in plain SQL: the list, its keyset variant, one transaction, and the row stream behind the
 * export. One query text for all of them, so what the list shows is what the export writes.
 */
@Service
public class TransactionQueries {

    static final String COLUMNS = """
            select t.id, t.transaction_number, t.type, t.status, t.order_id, t.order_number, t.user_id, t.reseller_id,
                   t.amount, t.currency, t.payment_method, t.gateway, t.gateway_transaction_id,
                   t.gateway_response::text as gateway_response, t.parent_id, t.reason, t.failure_code, t.created_at,
                   t.updated_at, t.completed_at, t.version,
                   case when t.type = 'payment' then (select coalesce(sum(r.amount), 0.00) from transactions r
                                                      where r.parent_id = t.id and r.status = 'completed') end
                       as refunded_amount
            from transactions t""";

    /** Newest first; the id breaks ties, so keyset pages never overlap. */
    static final String NEWEST_FIRST = " order by t.created_at desc, t.id desc";

    private final NamedParameterJdbcTemplate jdbc;

    TransactionQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Offset paging with a total, for the first pages a person clicks through. */
    @Transactional(readOnly = true)
    public TransactionPage list(TransactionFilter filter, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = filter.where(params);
        Long total = jdbc.queryForObject("select count(*) from transactions t" + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<TransactionResponse> rows = jdbc.query(COLUMNS + where + orderBy(pageable.getSort())
                + " limit :limit offset :offset", params, ROW);
        long count = total == null ? 0 : total;
        int pages = (int) ((count + pageable.getPageSize() - 1) / pageable.getPageSize());
        return new TransactionPage(rows, new PageMeta(pageable.getPageNumber(), pageable.getPageSize(), count, pages),
                nextCursor(rows, pageable.getPageSize()));
    }

    /** Keyset paging, newest first, strictly after the cursor: no count, no offset, flat cost at any depth. */
    @Transactional(readOnly = true)
    public TransactionPage listAfter(TransactionFilter filter, TransactionCursor after, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = filter.where(params);
        String keyset = "(t.created_at, t.id) < (:afterCreatedAt, :afterId)";
        where = where.isEmpty() ? " where " + keyset : where + " and " + keyset;
        params.addValue("afterCreatedAt", Timestamp.from(after.createdAt())).addValue("afterId", after.id())
                .addValue("limit", size);
        List<TransactionResponse> rows = jdbc.query(COLUMNS + where + NEWEST_FIRST + " limit :limit", params, ROW);
        return new TransactionPage(rows, null, nextCursor(rows, size));
    }

    @Transactional(readOnly = true)
    public TransactionResponse get(UUID id, TransactionAccess access) {
        return find(id).filter(t -> access.mayReach(t.resellerId()))
                .orElseThrow(() -> new NotFoundException("transaction", id));
    }

    @Transactional(readOnly = true)
    public Optional<TransactionResponse> find(UUID id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        return jdbc.query(COLUMNS + " where t.id = :id", params, ROW).stream().findFirst();
    }

    /**
     * Hands every matching row to {@code handler}, newest first, as PostgreSQL sends them: the driver fetches
     * {@code fetchSize} rows at a time (a server-side cursor, which needs the surrounding read-only transaction),
     * so memory stays flat however many rows match.
     */
    public void stream(TransactionFilter filter, int fetchSize, RowCallbackHandler handler) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = filter.where(params);
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        streaming.setFetchSize(fetchSize);
        new NamedParameterJdbcTemplate(streaming).query(COLUMNS + where + NEWEST_FIRST, params, handler);
    }

    /** A payment's refunds, oldest first. */
    @Transactional(readOnly = true)
    public List<TransactionResponse> refundsOf(UUID paymentId) {
        return jdbc.query(COLUMNS + " where t.parent_id = :id order by t.created_at, t.id",
                new MapSqlParameterSource("id", paymentId), ROW);
    }

    /** Whether anything of this reseller is known here: its rate (from its events) or a transaction. */
    @Transactional(readOnly = true)
    public boolean knowsReseller(UUID resellerId) {
        Boolean known = jdbc.queryForObject("""
                select exists (select 1 from reseller_rate where reseller_id = :id)
                    or exists (select 1 from transactions where reseller_id = :id)""",
                new MapSqlParameterSource("id", resellerId), Boolean.class);
        return Boolean.TRUE.equals(known);
    }

    public static TransactionResponse map(ResultSet rs) throws SQLException {
        return ROW.mapRow(rs, 0);
    }

    static final RowMapper<TransactionResponse> ROW = (rs, n) -> new TransactionResponse(
            rs.getObject("id", UUID.class), rs.getString("transaction_number"),
            TransactionType.fromValue(rs.getString("type")).orElseThrow(),
            TransactionStatus.fromValue(rs.getString("status")).orElseThrow(), rs.getObject("order_id", UUID.class),
            rs.getString("order_number"), rs.getObject("user_id", UUID.class), rs.getObject("reseller_id", UUID.class),
            rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("payment_method"),
            rs.getString("gateway"), rs.getString("gateway_transaction_id"), rs.getString("gateway_response"),
            rs.getObject("parent_id", UUID.class), rs.getString("reason"), rs.getString("failure_code"),
            rs.getBigDecimal("refunded_amount"), instant(rs, "created_at"), instant(rs, "updated_at"),
            instant(rs, "completed_at"), rs.getLong("version"));

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String nextCursor(List<TransactionResponse> rows, int size) {
        if (rows.size() < size || rows.isEmpty()) {
            return null;
        }
        TransactionResponse last = rows.getLast();
        return new TransactionCursor(last.createdAt(), last.id()).encode();
    }

    /** Sort properties are column names from the controller's whitelist, never client text. */
    private static String orderBy(Sort sort) {
        if (sort.isUnsorted()) {
            return NEWEST_FIRST;
        }
        return " order by " + sort.stream()
                .map(order -> "t." + order.getProperty() + (order.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
    }

    static void requireDefaultSort(boolean sorted) {
        if (sorted) {
            throw new InvalidRequestException("sort", "cannot be combined with after: cursor pages are newest first");
        }
    }
}
