package io.simadmin.analytics.activity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@code activity_log} read model: the seed's ActivityLog, fed by events, read newest first. */
@Repository
public class ActivityLog {

    private static final String COLUMNS = """
            id, event_id, actor_type, actor_id, action, description, ip_address, user_agent, occurred_at,
            subject_type, subject_id""";

    private static final RowMapper<Activity> ROW = (rs, n) -> new Activity(rs.getLong("id"),
            rs.getString("actor_type"), rs.getString("actor_id"), rs.getString("action"),
            rs.getString("description"), rs.getString("ip_address"), rs.getString("user_agent"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("subject_type"), rs.getString("subject_id"),
            rs.getObject("event_id", UUID.class));

    private final JdbcClient jdbc;

    public ActivityLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the entry unless its event already made one, so a replayed event never shows twice. */
    public void record(ActivityEntry entry) {
        jdbc.sql("""
                        insert into activity_log (event_id, actor_type, actor_id, action, description, subject_type,
                                                  subject_id, ip_address, user_agent, occurred_at)
                        values (:eventId, :actorType, :actorId, :action, :description, :subjectType,
                                :subjectId, :ipAddress, :userAgent, :occurredAt)
                        on conflict (event_id) do nothing""")
                .param("eventId", entry.eventId()).param("actorType", entry.actorType())
                .param("actorId", entry.actorId()).param("action", entry.action())
                .param("description", entry.description()).param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId()).param("ipAddress", entry.ipAddress())
                .param("userAgent", entry.userAgent()).param("occurredAt", Timestamp.from(entry.occurredAt()))
                .update();
    }

    public Optional<Activity> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from activity_log where id = :id").param("id", id)
                .query(ROW).optional();
    }

    /** The newest {@code limit} activities strictly older than the cursor (all of them for no cursor). */
    public List<Activity> recent(int limit, ActivityCursor before) {
        String where = switch (before) {
            case null -> "";
            // Row comparison walks the (occurred_at desc, id desc) index and breaks ties between equal times.
            case ActivityCursor.BeforeActivity cursor ->
                    "where (occurred_at, id) < (select occurred_at, id from activity_log where id = :before)";
            case ActivityCursor.BeforeTime cursor -> "where occurred_at < :before";
        };
        Object beforeValue = switch (before) {
            case null -> null;
            case ActivityCursor.BeforeActivity cursor -> cursor.id();
            case ActivityCursor.BeforeTime cursor -> Timestamp.from(cursor.time());
        };
        var statement = jdbc.sql("select " + COLUMNS + " from activity_log " + where
                + " order by occurred_at desc, id desc limit :limit").param("limit", limit);
        if (beforeValue != null) {
            statement = statement.param("before", beforeValue);
        }
        return statement.query(ROW).list();
    }

    /**
     * One page of the filtered feed. The sort's properties are column names that the controller took from its
     * whitelist, so they can go into the SQL text as they are.
     */
    public Page<Activity> find(ActivityFilter filter, Pageable pageable) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.userType() != null) {
            conditions.add("actor_type = :userType");
            params.put("userType", filter.userType());
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.put("action", filter.action());
        }
        if (filter.subjectType() != null) {
            conditions.add("subject_type = :subjectType");
            params.put("subjectType", filter.subjectType());
        }
        if (filter.subjectId() != null) {
            conditions.add("subject_id = :subjectId");
            params.put("subjectId", filter.subjectId());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from activity_log" + where).params(params)
                .query(Long.class).single();
        List<Activity> content = total == 0 ? List.of() : jdbc.sql("select " + COLUMNS + " from activity_log" + where
                        + " order by " + orderBy(pageable.getSort()) + " limit :limit offset :offset")
                .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(ROW).list();
        return new PageImpl<>(content, pageable, total);
    }

    private static String orderBy(Sort sort) {
        List<String> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sort.Order order : sort) {
            // PageRequests appends the default order as a tie-breaker; a column sorted twice adds nothing.
            if (seen.add(order.getProperty())) {
                terms.add(order.getProperty() + (order.isAscending() ? " asc" : " desc"));
            }
        }
        return String.join(", ", terms);
    }
}
