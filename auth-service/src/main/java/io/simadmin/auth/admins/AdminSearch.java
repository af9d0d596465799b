package io.simadmin.auth.admins;

import io.simadmin.web.problem.InvalidRequestException;
import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/** {@code ?q=} over email, username and names, plus the role and active filters. */
record AdminSearch(String q, String role, Boolean active) {

    Specification<Admin> toSpecification() {
        Specification<Admin> spec = (root, query, cb) -> cb.conjunction();
        if (q != null && !q.isBlank()) {
            String pattern = "%" + q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("email")), pattern, '\\'),
                    cb.like(cb.lower(root.get("username")), pattern, '\\'),
                    cb.like(cb.lower(root.get("firstName")), pattern, '\\'),
                    cb.like(cb.lower(root.get("lastName")), pattern, '\\')));
        }
        if (role != null && !role.isBlank()) {
            AdminRole wanted = AdminRole.fromValue(role)
                    .orElseThrow(() -> new InvalidRequestException("role", "must be one of " + AdminRole.VALUES));
            spec = spec.and((root, query, cb) -> cb.equal(root.get("role"), wanted));
        }
        if (active != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("active"), active));
        }
        return spec;
    }
}
