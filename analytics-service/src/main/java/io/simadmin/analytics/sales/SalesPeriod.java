package io.simadmin.analytics.sales;

import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The UTC days a chart covers, both ends included, and how they are bucketed: a named range ending today
 * ({@code 7d}, {@code 30d}, {@code 90d}: that many days including today, daily; {@code 12m}: this month and the
 * eleven before, monthly) or explicit {@code from}/{@code to} dates.
 *
 * @param range the named range asked for, or null when from/to were given
 */
public record SalesPeriod(String range, LocalDate from, LocalDate to, Granularity granularity) {

    public static final String DEFAULT_RANGE = "30d";
    public static final String RANGES = "7d, 30d, 90d or 12m";
    static final int MAX_DAILY_BUCKETS = 366;
    static final int MAX_MONTHLY_BUCKETS = 120;
    static final int MAX_DAYS = 3660;

    public enum Granularity {
        DAY, MONTH;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Map<String, Integer> DAY_RANGES = Map.of("7d", 7, "30d", 30, "90d", 90);
    private static final String MONTH_RANGE = "12m";

    /**
     * For a chart with buckets.
     *
     * @throws InvalidRequestException naming every parameter that is wrong
     */
    public static SalesPeriod bucketed(String range, String from, String to, String granularity, LocalDate today) {
        return parse(range, from, to, granularity, true, today);
    }

    /** For a figure over the whole period (no buckets): granularity is not a parameter there. */
    public static SalesPeriod whole(String range, String from, String to, LocalDate today) {
        return parse(range, from, to, null, false, today);
    }

    private static SalesPeriod parse(String range, String from, String to, String granularity, boolean bucketed,
                                     LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String named = blankToNull(range);
        LocalDate start = date(problems, "from", from);
        LocalDate end = date(problems, "to", to);
        boolean explicit = blankToNull(from) != null || blankToNull(to) != null;
        Granularity bucket = null;
        if (blankToNull(granularity) != null) {
            bucket = switch (granularity.trim()) {
                case "day" -> Granularity.DAY;
                case "month" -> Granularity.MONTH;
                default -> {
                    problems.add(new FieldProblem("granularity", "must be day or month"));
                    yield null;
                }
            };
        }
        if (named != null && explicit) {
            problems.add(new FieldProblem("range", "give either range or from/to, not both"));
        } else if (named == null && !explicit) {
            named = DEFAULT_RANGE;
        }
        if (named != null && !explicit) {
            if (DAY_RANGES.containsKey(named)) {
                start = today.minusDays(DAY_RANGES.get(named) - 1L);
                end = today;
                bucket = bucket == null ? Granularity.DAY : bucket;
            } else if (MONTH_RANGE.equals(named)) {
                start = today.withDayOfMonth(1).minusMonths(11);
                end = today;
                bucket = bucket == null ? Granularity.MONTH : bucket;
            } else {
                problems.add(new FieldProblem("range", "must be one of " + RANGES));
            }
        }
        if (explicit && problems.isEmpty()) {
            if (start == null) {
                problems.add(new FieldProblem("from", "is required when to is given"));
            } else if (end == null && start.isAfter(today)) {
                problems.add(new FieldProblem("from", "must not be after today when to is not given"));
            } else {
                end = end == null ? today : end;
                if (end.isBefore(start)) {
                    problems.add(new FieldProblem("to", "must not be before from"));
                }
            }
            bucket = bucket == null ? Granularity.DAY : bucket;
        }
        if (problems.isEmpty()) {
            span(problems, start, end, bucketed ? bucket : null);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new SalesPeriod(explicit ? null : named, start, end, bucketed ? bucket : null);
    }

    /** Every bucket is listed, even empty ones, so a period is bounded by how many buckets a chart can take. */
    private static void span(List<FieldProblem> problems, LocalDate start, LocalDate end, Granularity bucket) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        long months = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)) + 1;
        if (bucket == Granularity.DAY && days > MAX_DAILY_BUCKETS) {
            problems.add(new FieldProblem("to", "must be at most " + MAX_DAILY_BUCKETS
                    + " days from from with daily buckets (use granularity=month for longer periods)"));
        } else if (bucket == Granularity.MONTH && months > MAX_MONTHLY_BUCKETS) {
            problems.add(new FieldProblem("to", "must be at most " + MAX_MONTHLY_BUCKETS + " months from from"));
        } else if (bucket == null && days > MAX_DAYS) {
            problems.add(new FieldProblem("to", "must be at most " + MAX_DAYS + " days from from"));
        }
    }

    private static LocalDate date(List<FieldProblem> problems, String name, String value) {
        String trimmed = blankToNull(value);
        if (trimmed == null) {
            return null;
        }
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "must be a date such as 2026-01-31"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
