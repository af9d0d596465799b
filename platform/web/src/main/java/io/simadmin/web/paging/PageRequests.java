package io.simadmin.web.paging;

import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a {@link Pageable} from {@code ?page=&size=&sort=field,dir} with the limits every list shares: pages
 * count from 0, size defaults to 20 and is capped at 200, sort fields come from a whitelist.
 */
public final class PageRequests {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    private PageRequests() {
    }

    public static Pageable of(Integer page, Integer size, List<String> sort, SortableFields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        int number = page == null ? 0 : page;
        if (number < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        int pageSize = size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        if (pageSize < 1) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
        }
        Sort order = sort == null || sort.isEmpty() ? fields.defaultSort() : parse(sort, fields, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return PageRequest.of(number, pageSize, order);
    }

    private static Sort parse(List<String> sort, SortableFields fields, List<FieldProblem> problems) {
        List<Sort.Order> orders = new ArrayList<>();
        for (String spec : joinSplitPairs(sort)) {
            String[] parts = spec.split(",");
            String name = parts[0].trim();
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            var property = fields.property(name);
            if (property.isEmpty()) {
                problems.add(new FieldProblem("sort", "cannot sort by '" + name + "'; use one of " + fields.allowed()));
            } else if (!direction.equals("asc") && !direction.equals("desc")) {
                problems.add(new FieldProblem("sort", "direction must be asc or desc, not '" + direction + "'"));
            } else {
                orders.add(new Sort.Order(Sort.Direction.fromString(direction), property.get()));
            }
        }
        // A stable tie-breaker keeps pages from overlapping when many rows share the sorted value.
        return Sort.by(orders).and(fields.defaultSort());
    }

    /** Spring splits {@code ?sort=name,desc} into ["name", "desc"]; put such pairs back together. */
    private static List<String> joinSplitPairs(List<String> sort) {
        List<String> specs = new ArrayList<>();
        for (String part : sort) {
            String lower = part.trim().toLowerCase(Locale.ROOT);
            if ((lower.equals("asc") || lower.equals("desc")) && !specs.isEmpty() && !specs.getLast().contains(",")) {
                specs.set(specs.size() - 1, specs.getLast() + "," + lower);
            } else if (!part.isBlank()) {
                specs.add(part);
            }
        }
        return specs;
    }
}
