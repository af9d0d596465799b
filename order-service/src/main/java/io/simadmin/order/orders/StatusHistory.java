package io.simadmin.order.orders;

import io.simadmin.events.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code order_status_history} table: one row per status an order took, appended in the move's transaction. */
@Component
class StatusHistory {

    private static final int MAX_NOTE = 500;

    private final JdbcClient jdbc;

    StatusHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param from null when the order was just placed */
    void record(UUID orderId, OrderStatus from, OrderStatus to, Actor actor, String note, Instant at) {
        jdbc.sql("""
                        insert into order_status_history (order_id, from_status, to_status, actor_type, actor_id, note,
                                                          changed_at)
                        values (:orderId, :from, :to, :actorType, :actorId, :note, :at)""")
                .param("orderId", orderId).param("from", from == null ? null : from.value()).param("to", to.value())
                .param("actorType", actor.type()).param("actorId", actor.id())
                .param("note", truncate(note)).param("at", Timestamp.from(at))
                .update();
    }

    List<HistoryEntry> of(UUID orderId) {
        return jdbc.sql("""
                        select from_status, to_status, actor_type, actor_id, note, changed_at
                        from order_status_history where order_id = :orderId order by id""")
                .param("orderId", orderId)
                .query((rs, n) -> new HistoryEntry(
                        rs.getString("from_status") == null ? null
                                : OrderStatus.fromValue(rs.getString("from_status")).orElseThrow(),
                        OrderStatus.fromValue(rs.getString("to_status")).orElseThrow(),
                        rs.getString("actor_type"), rs.getString("actor_id"), rs.getString("note"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    static String truncate(String text) {
        return text == null || text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE - 1) + "…";
    }
}
