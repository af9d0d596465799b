package io.simadmin.payment;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

/** What payment-service wrote to its outbox about an order: the events it will publish (or did). */
public final class Outboxes {

    private Outboxes() {
    }

    public static List<String> payloads(JdbcTemplate jdbc, String type, UUID orderId) {
        return jdbc.queryForList("select payload from messaging.outbox where event_type = ? and event_key = ? "
                + "order by seq", String.class, type, orderId.toString());
    }

    public static List<String> types(JdbcTemplate jdbc, UUID orderId) {
        return jdbc.queryForList("select event_type from messaging.outbox where event_key = ? order by seq",
                String.class, orderId.toString());
    }
}
