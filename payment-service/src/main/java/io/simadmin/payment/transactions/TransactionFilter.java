package io.simadmin.payment.transactions;

import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The filters of the transactions list and export, already checked. Shared by both, so an export holds exactly the
 * rows the list shows.
 *
 * @param from inclusive lower bound of createdAt
 * @param to   exclusive upper bound of createdAt
 * @param q    start of a transaction or order number, upper-cased
 */
public record TransactionFilter(TransactionType type, TransactionStatus status, String method, Instant from,
                                Instant to, UUID userId, UUID resellerId, UUID orderId, String q) {

    static final int MAX_TEXT = 50;

    public static TransactionFilter none() {
        return new TransactionFilter(null, null, null, null, null, null, null, null, null);
    }

    /** Parses the query parameters; every problem is reported at once as a 400. */
    public static TransactionFilter parse(String type, String status, String method, String from, String to,
                                          UUID userId, UUID resellerId, UUID orderId, String q) {
        List<FieldProblem> problems = new ArrayList<>();
        TransactionType parsedType = null;
        if (present(type)) {
            parsedType = TransactionType.fromValue(type).orElse(null);
            if (parsedType == null) {
                problems.add(new FieldProblem("type", "must be one of " + TransactionType.allowed()));
            }
        }
        TransactionStatus parsedStatus = null;
        if (present(status)) {
            parsedStatus = TransactionStatus.fromValue(status).orElse(null);
            if (parsedStatus == null) {
                problems.add(new FieldProblem("status", "must be one of " + TransactionStatus.allowed()));
            }
        }
        String parsedMethod = text(problems, "method", method);
        String parsedQ = text(problems, "q", q);
        Instant lower = instant(problems, "from", from, false);
        Instant upper = instant(problems, "to", to, true);
        if (lower != null && upper != null && !lower.isBefore(upper)) {
            problems.add(new FieldProblem("to", "must be after from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new TransactionFilter(parsedType, parsedStatus,
                parsedMethod == null ? null : parsedMethod.toLowerCase(Locale.ROOT), lower, upper, userId, resellerId,
                orderId, parsedQ == null ? null : parsedQ.toUpperCase(Locale.ROOT));
    }

    public TransactionFilter withReseller(UUID reseller) {
        return new TransactionFilter(type, status, method, from, to, userId, reseller, orderId, q);
    }

    public TransactionFilter withUser(UUID user) {
        return new TransactionFilter(type, status, method, from, to, user, resellerId, orderId, q);
    }

    /** {@code where ...} over table alias {@code t}, with its parameters added to {@code params}. */
    String where(MapSqlParameterSource params) {
        List<String> clauses = new ArrayList<>();
        if (type != null) {
            clauses.add("t.type = :type");
            params.addValue("type", type.value());
        }
        if (status != null) {
            clauses.add("t.status = :status");
            params.addValue("status", status.value());
        }
        if (method != null) {
            clauses.add("t.payment_method = :method");
            params.addValue("method", method);
        }
        if (from != null) {
            clauses.add("t.created_at >= :from");
            params.addValue("from", Timestamp.from(from));
        }
        if (to != null) {
            clauses.add("t.created_at < :to");
            params.addValue("to", Timestamp.from(to));
        }
        if (userId != null) {
            clauses.add("t.user_id = :userId");
            params.addValue("userId", userId);
        }
        if (resellerId != null) {
            clauses.add("t.reseller_id = :resellerId");
            params.addValue("resellerId", resellerId);
        }
        if (orderId != null) {
            clauses.add("t.order_id = :orderId");
            params.addValue("orderId", orderId);
        }
        if (q != null) {
            // Prefix matches use the varchar_pattern_ops indexes; numbers are stored upper-case.
            clauses.add("(t.transaction_number like :q escape '\\' or t.order_number like :q escape '\\')");
            params.addValue("q", escapeLike(q) + "%");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String text(List<FieldProblem> problems, String name, String value) {
        if (!present(value)) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_TEXT) {
            problems.add(new FieldProblem(name, "must be at most " + MAX_TEXT + " characters"));
            return null;
        }
        return trimmed;
    }

    /** An ISO-8601 instant, or a date meaning that whole day in UTC (so {@code to=2026-01-31} includes the 31st). */
    private static Instant instant(List<FieldProblem> problems, String name, String value, boolean upper) {
        if (!present(value)) {
            return null;
        }
        String trimmed = value.trim();
        try {
            if (trimmed.length() == 10) {
                LocalDate day = LocalDate.parse(trimmed);
                return (upper ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(trimmed);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "must be a date (2026-01-31) or an ISO-8601 instant "
                    + "(2026-01-31T12:00:00Z)"));
            return null;
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
