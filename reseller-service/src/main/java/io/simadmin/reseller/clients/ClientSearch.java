package io.simadmin.reseller.clients;

import io.simadmin.web.paging.Filtering;
import io.simadmin.web.problem.InvalidRequestException;
import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;
import java.util.UUID;

/** {@code ?q=} over name, email and phone, plus the reseller, status and plan filters. */
record ClientSearch(String q, UUID reseller, String status, String plan) {

    /** @param only the partner's own reseller, which narrows the list like a filter */
    Filtering filtering(UUID only) {
        return Filtering.of(Filtering.countSet(only, reseller, q, status, plan), q != null && !q.isBlank());
    }

    ClientSearch withReseller(UUID resellerId) {
        return new ClientSearch(q, resellerId, status, plan);
    }

    /** @param only the partner's own reseller (its clients only), or null for staff */
    Specification<ResellerClient> toSpecification(UUID only) {
        Specification<ResellerClient> spec = (root, query, cb) -> cb.conjunction();
        if (only != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("resellerId"), only));
        }
        if (reseller != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("resellerId"), reseller));
        }
        if (q != null && !q.isBlank()) {
            String pattern = "%" + escapeLike(q.trim().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("clientName")), pattern, '\\'),
                    cb.like(cb.lower(root.get("clientEmail")), pattern, '\\'),
                    cb.like(root.get("clientPhone"), pattern, '\\')));
        }
        if (status != null && !status.isBlank()) {
            ClientStatus wanted = ClientStatus.fromValue(status).orElseThrow(() ->
                    new InvalidRequestException("status", ClientStatus.MESSAGE));
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), wanted));
        }
        if (plan != null && !plan.isBlank()) {
            spec = spec.and((root, query, cb) ->
                    cb.equal(cb.lower(root.get("planType")), plan.trim().toLowerCase(Locale.ROOT)));
        }
        return spec;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
