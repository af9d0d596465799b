package io.simadmin.web.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a JPA list whose total never costs a full count. An exact {@code count(*)} over a million rows
 * took 310–510 ms (bench/lists.sh) while the page itself took under 1 ms, so:
 * <ul>
 *   <li>a first page that is not full is its own exact total;</li>
 *   <li>an unfiltered list larger than {@link #COUNT_CAP} reports PostgreSQL's row estimate
 *       ({@code pg_class.reltuples}, kept by autovacuum/ANALYZE);</li>
 *   <li>a filtered list counts at most {@code countCap + 1} matching ids and reports "more than" beyond that;
 *       the cap is {@link #COUNT_CAP} where one index answers the filter and a tenth of it for text searches and
 *       combined filters ({@link Filtering}).</li>
 * </ul>
 * Totals under the cap are exact, so small lists and narrow filters behave exactly as before.
 */
public final class BoundedCountPages {

    public static final int COUNT_CAP = 10_000;

    private BoundedCountPages() {
    }

    /**
     * @param filtering how {@code spec} restricts the rows; an unfiltered list may use the table's row estimate
     */
    public static <E, T> PageResponse<T> find(EntityManager entityManager, Class<E> type, Specification<E> spec,
                                              Filtering filtering, Pageable pageable,
                                              Function<? super E, ? extends T> mapper) {
        List<E> rows = content(entityManager, type, spec, pageable);
        long offset = pageable.getOffset();
        int size = pageable.getPageSize();
        List<T> content = rows.stream().<T>map(mapper).toList();
        if (rows.size() < size && (offset == 0 || !rows.isEmpty())) {
            return new PageResponse<>(content, PageMeta.of(pageable.getPageNumber(), size, offset + rows.size(), true));
        }
        long seen = offset + rows.size();
        if (filtering == Filtering.NONE) {
            long estimate = estimatedRows(entityManager, type);
            if (estimate > COUNT_CAP) {
                return new PageResponse<>(content,
                        PageMeta.of(pageable.getPageNumber(), size, Math.max(estimate, seen), false));
            }
        }
        int cap = filtering.countCap();
        long counted = cappedCount(entityManager, type, spec, cap);
        boolean exact = counted <= cap;
        long total = Math.max(exact ? counted : cap, seen);
        return new PageResponse<>(content, PageMeta.of(pageable.getPageNumber(), size, total, exact));
    }

    private static <E> List<E> content(EntityManager entityManager, Class<E> type, Specification<E> spec,
                                       Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<E> query = cb.createQuery(type);
        Root<E> root = query.from(type);
        Predicate predicate = spec.toPredicate(root, query, cb);
        if (predicate != null) {
            query.where(predicate);
        }
        query.select(root).orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
        return entityManager.createQuery(query)
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, pageable.getOffset()))
                .setMaxResults(pageable.getPageSize())
                .getResultList();
    }

    /** Counts matching ids but stops after {@code cap + 1}: the cost is bounded whatever the filter. */
    private static <E> long cappedCount(EntityManager entityManager, Class<E> type, Specification<E> spec, int cap) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object> query = cb.createQuery(Object.class);
        Root<E> root = query.from(type);
        Predicate predicate = spec.toPredicate(root, query, cb);
        if (predicate != null) {
            query.where(predicate);
        }
        query.select(root.get("id"));
        return entityManager.createQuery(query).setMaxResults(cap + 1).getResultList().size();
    }

    private static long estimatedRows(EntityManager entityManager, Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table == null || table.name().isBlank()) {
            return -1;
        }
        String name = table.schema().isBlank() ? table.name() : table.schema() + "." + table.name();
        Object estimate = entityManager
                .createNativeQuery("select coalesce(max(reltuples), -1)::bigint from pg_class where oid = to_regclass(?1)")
                .setParameter(1, name)
                .getSingleResult();
        return ((Number) estimate).longValue();
    }
}
