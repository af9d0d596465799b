package io.simadmin.order.plans;

import io.simadmin.web.problem.InvalidRequestException;
import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/** {@code ?q=} over name and provider, plus the SIM type, provider and active filters. */
record PlanSearch(String q, String simType, String networkProvider, Boolean active) {

    Specification<Plan> toSpecification() {
        Specification<Plan> spec = (root, query, cb) -> cb.conjunction();
        if (q != null && !q.isBlank()) {
            String pattern = "%" + escapeLike(q.trim().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("name")), pattern, '\\'),
                    cb.like(cb.lower(root.get("networkProvider")), pattern, '\\')));
        }
        if (simType != null && !simType.isBlank()) {
            SimType wanted = SimType.fromValue(simType).orElseThrow(() ->
                    new InvalidRequestException("simType", SimType.MESSAGE));
            spec = spec.and((root, query, cb) -> cb.equal(root.get("simType"), wanted));
        }
        if (networkProvider != null && !networkProvider.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(cb.lower(root.get("networkProvider")),
                    networkProvider.trim().toLowerCase(Locale.ROOT)));
        }
        if (active != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("active"), active));
        }
        return spec;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
