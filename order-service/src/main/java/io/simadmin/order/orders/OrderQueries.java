package io.simadmin.order.orders;

import io.simadmin.web.paging.Filtering;
import io.simadmin.web.paging.PageMeta;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The orders list in SQL, so that every page is one range scan of an index (see the V1 migration and README
 * "Indexes"): filters are equalities on an index's leading column, the default order is that index's
 * (created_at, id) read backwards, and a cursor page starts with the row comparison {@code (created_at, id) < (…)},
 * which the index seeks to directly however deep the page is.
 *
 * <p>Offset pages also say how many orders match. Counting is what grows with the table (a million-row count costs
 * hundreds of milliseconds where the page costs one), so the count stops at {@link #EXACT_COUNT_LIMIT}; beyond it
 * the total is PostgreSQL's own estimate for the filter and the page says {@code page.exactTotal: false}. A filter no
 * single index answers (two equalities, or a text search) makes PostgreSQL check rows in the table one by one, so
 * its count stops ten times sooner, at {@link #COMBINED_COUNT_LIMIT}: counting 10,001 reseller orders that were
 * refunded read 21,000 heap pages (0.6–0.8 s) at a million orders. Cursor pages never count.
 */
@Component
class OrderQueries {

    static final int EXACT_COUNT_LIMIT = Filtering.INDEXED.countCap();
    static final int COMBINED_COUNT_LIMIT = Filtering.ROW_BY_ROW.countCap();
    private static final Pattern ESTIMATED_ROWS = Pattern.compile("rows=(\\d+)");

    private final EntityManager entityManager;
    private final int exactCountLimit;
    private final int combinedCountLimit;

    @Autowired
    OrderQueries(EntityManager entityManager) {
        this(entityManager, EXACT_COUNT_LIMIT, COMBINED_COUNT_LIMIT);
    }

    OrderQueries(EntityManager entityManager, int exactCountLimit, int combinedCountLimit) {
        this.entityManager = entityManager;
        this.exactCountLimit = exactCountLimit;
        this.combinedCountLimit = combinedCountLimit;
    }

    /**
     * @param defaultOrder whether the sort is the default (createdAt desc, id desc), the only order a cursor follows
     * @param after        where a cursor page starts, or null for an offset page
     */
    @Transactional(readOnly = true)
    OrderPage find(OrderFilter filter, OrderAccess access, Pageable pageable, boolean defaultOrder, OrderCursor after) {
        Map<String, Object> params = new LinkedHashMap<>();
        Where condition = where(filter, access, params);
        String where = condition.sql();
        int size = pageable.getPageSize();
        if (after != null) {
            params.put("afterAt", Timestamp.from(after.createdAt()));
            params.put("afterId", after.id());
            List<SimOrder> rows = select(where + (where.isEmpty() ? " where " : " and ")
                    + "(created_at, id) < (:afterAt, :afterId)", "created_at desc, id desc", params, size + 1, 0);
            return page(rows, size);
        }
        int countLimit = condition.oneIndex() ? exactCountLimit : combinedCountLimit;
        long counted = ((Number) bind(entityManager.createNativeQuery("select count(*) from (select 1 from sim_order"
                + where + " limit " + (countLimit + 1) + ") matching"), params).getSingleResult()).longValue();
        boolean exact = counted <= countLimit;
        long total = exact ? counted : Math.max(counted, estimate(where, params));
        List<SimOrder> rows = total <= pageable.getOffset() ? List.of()
                : select(where, orderBy(pageable.getSort()), params, size, pageable.getOffset());
        int totalPages = (int) ((total + size - 1) / size);
        PageMeta meta = new PageMeta(pageable.getPageNumber(), size, total, totalPages, exact);
        boolean more = pageable.getOffset() + rows.size() < total;
        String next = defaultOrder && more && !rows.isEmpty() ? OrderCursor.after(rows.getLast()).encode() : null;
        return new OrderPage(rows.stream().map(OrderResponse::of).toList(), meta, next);
    }

    /** A cursor page read one row more than it shows: that row says whether a next page exists. */
    private static OrderPage page(List<SimOrder> rows, int size) {
        boolean more = rows.size() > size;
        List<SimOrder> shown = more ? rows.subList(0, size) : rows;
        String next = more ? OrderCursor.after(shown.getLast()).encode() : null;
        return new OrderPage(shown.stream().map(OrderResponse::of).toList(), null, next);
    }

    /** The planner's estimate of the matching rows: the first line of the plan ends "rows=N width=W)". */
    private long estimate(String where, Map<String, Object> params) {
        Object firstLine = bind(entityManager.createNativeQuery("explain select 1 from sim_order" + where), params)
                .getResultList().getFirst();
        Matcher rows = ESTIMATED_ROWS.matcher(String.valueOf(firstLine));
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    @SuppressWarnings("unchecked")
    private List<SimOrder> select(String where, String orderBy, Map<String, Object> params, int limit, long offset) {
        Query query = entityManager.createNativeQuery("select * from sim_order" + where + " order by " + orderBy
                + " limit " + limit + (offset > 0 ? " offset " + offset : ""), SimOrder.class);
        return bind(query, params).getResultList();
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    /**
     * @param oneIndex whether one index range holds exactly the matching rows: at most one equality (every index
     *                 continues with created_at, so a date range adds nothing) and no text search
     */
    private record Where(String sql, boolean oneIndex) {
    }

    private static Where where(OrderFilter f, OrderAccess access, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (access.isPartner()) {
            conditions.add("reseller_id = :ownReseller");
            params.put("ownReseller", access.ownReseller());
        }
        if (f.orderType() != null) {
            conditions.add("order_type = :orderType");
            params.put("orderType", f.orderType().value());
        }
        if (f.status() != null) {
            conditions.add("status = :status");
            params.put("status", f.status().value());
        }
        if (f.paymentStatus() != null) {
            conditions.add("payment_status = :paymentStatus");
            params.put("paymentStatus", f.paymentStatus().value());
        }
        if (f.resellerId() != null) {
            conditions.add("reseller_id = :resellerId");
            params.put("resellerId", f.resellerId());
        }
        if (f.userId() != null) {
            conditions.add("user_id = :userId");
            params.put("userId", f.userId());
        }
        if (f.clientId() != null) {
            conditions.add("client_id = :clientId");
            params.put("clientId", f.clientId());
        }
        if (f.from() != null) {
            conditions.add("created_at >= :from");
            params.put("from", Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            conditions.add("created_at < :to");
            params.put("to", Timestamp.from(f.to()));
        }
        if (f.orderNumberPrefix() != null) {
            // order_number is collated "C", so its unique btree index serves this prefix match.
            conditions.add("order_number like :orderNumberPrefix");
            params.put("orderNumberPrefix", escapeLike(f.orderNumberPrefix()) + "%");
        }
        if (f.text() != null) {
            conditions.add("(lower(customer_name) like :text or customer_phone like :text)");
            params.put("text", "%" + escapeLike(f.text()) + "%");
        }
        long ranges = (f.from() != null ? 1 : 0) + (f.to() != null ? 1 : 0);
        boolean oneIndex = f.text() == null && conditions.size() - ranges <= 1;
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), oneIndex);
    }

    /** The sort's properties are column names from the controller's whitelist, so they go into the SQL as they are. */
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
