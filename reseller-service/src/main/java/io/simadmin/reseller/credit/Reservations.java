package io.simadmin.reseller.credit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code credit_reservation} table: one row per reserved order, released at most once. */
@Component
class Reservations {

    private final JdbcTemplate jdbc;

    Reservations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Reservation> find(UUID orderId) {
        List<Reservation> rows = jdbc.query("""
                        select order_id, reseller_id, client_id, amount, usage_month, status
                        from credit_reservation where order_id = ?""",
                (rs, n) -> new Reservation(rs.getObject("order_id", UUID.class),
                        rs.getObject("reseller_id", UUID.class), rs.getObject("client_id", UUID.class),
                        rs.getBigDecimal("amount"),
                        rs.getDate("usage_month") == null ? null : YearMonth.from(rs.getDate("usage_month").toLocalDate()),
                        "released".equals(rs.getString("status"))),
                orderId);
        return rows.stream().findFirst();
    }

    void add(Reservation reservation, Instant at) {
        jdbc.update("""
                        insert into credit_reservation (order_id, reseller_id, client_id, amount, usage_month, status,
                                                        reserved_at)
                        values (?, ?, ?, ?, ?, 'reserved', ?)""",
                reservation.orderId(), reservation.resellerId(), reservation.clientId(), reservation.amount(),
                reservation.usageMonth() == null ? null : Date.valueOf(reservation.usageMonth().atDay(1)),
                Timestamp.from(at));
    }

    /** @return whether this call released it (false when it was released before) */
    boolean markReleased(UUID orderId, Instant at) {
        return jdbc.update("""
                        update credit_reservation set status = 'released', released_at = ?
                        where order_id = ? and status = 'reserved'""",
                Timestamp.from(at), orderId) == 1;
    }

    boolean commissionBooked(UUID orderId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from credit_entry where kind = 'commission' and order_id = ?)",
                Boolean.class, orderId));
    }
}
