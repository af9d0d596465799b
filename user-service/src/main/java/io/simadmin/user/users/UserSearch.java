package io.simadmin.user.users;

import io.simadmin.web.paging.Filtering;
import io.simadmin.web.problem.InvalidRequestException;
import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/**
 * {@code ?q=} over full name, email and phone (digits match however the phone was typed), plus the status, city,
 * plan and country filters.
 */
record UserSearch(String q, String status, String city, String plan, String country) {

    Filtering filtering() {
        return Filtering.of(Filtering.countSet(q, status, city, plan, country), q != null && !q.isBlank());
    }

    Specification<PublicUser> toSpecification() {
        Specification<PublicUser> spec = (root, query, cb) -> cb.conjunction();
        if (q != null && !q.isBlank()) {
            String text = q.trim().toLowerCase(Locale.ROOT);
            String pattern = "%" + escapeLike(text) + "%";
            // Only a query that looks like a phone number is matched digit by digit; "zed1a2" is a name, not "12".
            String digits = text.matches("[0-9+()\\-. ]+") ? text.replaceAll("[^0-9]", "") : "";
            spec = spec.and((root, query, cb) -> {
                var name = cb.like(cb.lower(root.get("fullName")), pattern, '\\');
                var email = cb.like(cb.lower(root.get("email")), pattern, '\\');
                // Phones are stored as + and digits; "+44 20 7946" must find "+442079460958".
                var phone = digits.length() >= 3 ? cb.like(root.get("phone"), "%" + digits + "%")
                        : cb.like(root.get("phone"), pattern, '\\');
                return cb.or(name, email, phone);
            });
        }
        if (status != null && !status.isBlank()) {
            UserStatus wanted = UserStatus.fromValue(status)
                    .orElseThrow(() -> new InvalidRequestException("status", UserStatus.MESSAGE));
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), wanted));
        }
        if (city != null && !city.isBlank()) {
            spec = spec.and(equalIgnoringCase("city", city));
        }
        if (plan != null && !plan.isBlank()) {
            spec = spec.and(equalIgnoringCase("currentPlan", plan));
        }
        if (country != null && !country.isBlank()) {
            spec = spec.and(equalIgnoringCase("country", country));
        }
        return spec;
    }

    private static Specification<PublicUser> equalIgnoringCase(String property, String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return (root, query, cb) -> cb.equal(cb.lower(root.get(property)), wanted);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
