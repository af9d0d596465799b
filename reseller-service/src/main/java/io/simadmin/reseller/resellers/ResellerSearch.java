package io.simadmin.reseller.resellers;

import io.simadmin.web.paging.Filtering;
import io.simadmin.web.problem.InvalidRequestException;
import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/**
 * {@code ?q=} over business name, contact person, email and phone, plus the status, city and country filters.
 * Deleted resellers never match.
 */
record ResellerSearch(String q, String status, String city, String country) {

    /** Whether anything narrows the list (deleted resellers are always left out, which does not count). */
    Filtering filtering() {
        return Filtering.of(Filtering.countSet(q, status, city, country), q != null && !q.isBlank());
    }

    Specification<Reseller> toSpecification() {
        Specification<Reseller> spec = (root, query, cb) -> cb.isNull(root.get("deletedAt"));
        if (q != null && !q.isBlank()) {
            String pattern = "%" + escapeLike(q.trim().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("businessName")), pattern, '\\'),
                    cb.like(cb.lower(root.get("contactPerson")), pattern, '\\'),
                    cb.like(cb.lower(root.get("email")), pattern, '\\'),
                    cb.like(root.get("phone"), pattern, '\\')));
        }
        if (status != null && !status.isBlank()) {
            ResellerStatus wanted = ResellerStatus.fromValue(status).orElseThrow(() ->
                    new InvalidRequestException("status", "must be one of pending, active, suspended"));
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), wanted));
        }
        if (city != null && !city.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(cb.lower(root.get("city")), city.trim().toLowerCase(Locale.ROOT)));
        }
        if (country != null && !country.isBlank()) {
            spec = spec.and((root, query, cb) ->
                    cb.equal(cb.lower(root.get("country")), country.trim().toLowerCase(Locale.ROOT)));
        }
        return spec;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
