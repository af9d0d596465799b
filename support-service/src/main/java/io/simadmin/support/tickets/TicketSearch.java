package io.simadmin.support.tickets;

import io.simadmin.web.paging.Filtering;
import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The list filters: {@code q} over subject and ticket number, {@code status} and {@code priority} (one or more,
 * comma separated), {@code assignee} (an admin id, {@code me} or {@code none}), {@code user}, {@code reseller}.
 * A partner's search is always narrowed to its own reseller, whatever it asks for.
 */
record TicketSearch(String q, Set<TicketStatus> statuses, Set<TicketPriority> priorities, boolean unassigned,
                    UUID assignee, UUID user, UUID reseller, UUID onlyReseller) {

    Filtering filtering() {
        int conditions = Filtering.countSet(q, assignee, user, reseller, onlyReseller) + (statuses.isEmpty() ? 0 : 1)
                + (priorities.isEmpty() ? 0 : 1) + (unassigned ? 1 : 0);
        return Filtering.of(conditions, q != null);
    }

    static TicketSearch parse(String q, List<String> status, List<String> priority, String assignee, UUID user,
                              UUID reseller, TicketCaller caller) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
        for (String value : values(status)) {
            TicketStatus.fromValue(value).ifPresentOrElse(statuses::add, () -> problems.add(
                    new FieldProblem("status", "must be one of open, in_progress, resolved, closed, not '" + value + "'")));
        }
        Set<TicketPriority> priorities = EnumSet.noneOf(TicketPriority.class);
        for (String value : values(priority)) {
            TicketPriority.fromValue(value).ifPresentOrElse(priorities::add, () -> problems.add(
                    new FieldProblem("priority", "must be one of low, medium, high, urgent, not '" + value + "'")));
        }
        boolean unassigned = false;
        UUID assigneeId = null;
        if (assignee != null && !assignee.isBlank()) {
            String value = assignee.trim().toLowerCase(Locale.ROOT);
            if (value.equals("none")) {
                unassigned = true;
            } else if (value.equals("me")) {
                assigneeId = caller.adminId();
                if (assigneeId == null) {
                    problems.add(new FieldProblem("assignee", "'me' needs an admin's access token"));
                }
            } else {
                try {
                    assigneeId = UUID.fromString(value);
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("assignee", "must be an admin id, 'me' or 'none'"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new TicketSearch(q == null || q.isBlank() ? null : q.trim(), statuses, priorities, unassigned,
                assigneeId, user, reseller, caller.resellerId());
    }

    Specification<Ticket> toSpecification() {
        Specification<Ticket> spec = (root, query, cb) -> cb.conjunction();
        if (onlyReseller != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("resellerId"), onlyReseller));
        }
        if (q != null) {
            String lower = "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%";
            String upper = "%" + escapeLike(q.toUpperCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("subject")), lower, '\\'),
                    cb.like(root.get("ticketNumber"), upper, '\\')));
        }
        if (!statuses.isEmpty()) {
            spec = spec.and((root, query, cb) -> root.get("status").in(statuses));
        }
        if (!priorities.isEmpty()) {
            spec = spec.and((root, query, cb) -> root.get("priority").in(priorities));
        }
        if (unassigned) {
            spec = spec.and((root, query, cb) -> cb.isNull(root.get("assignedTo")));
        } else if (assignee != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("assignedTo"), assignee));
        }
        if (user != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("userId"), user));
        }
        if (reseller != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("resellerId"), reseller));
        }
        return spec;
    }

    /** {@code ?status=open,resolved} and {@code ?status=open&status=resolved} alike. */
    private static List<String> values(List<String> params) {
        if (params == null) {
            return List.of();
        }
        return params.stream().flatMap(p -> java.util.Arrays.stream(p.split(","))).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
