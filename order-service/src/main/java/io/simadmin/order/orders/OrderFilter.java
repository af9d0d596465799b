package io.simadmin.order.orders;

import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The orders list's filters, parsed and checked. {@code q} starting with {@code ORD-} is an order-number prefix;
 * anything else searches customer names and phones (substring, any case).
 *
 * @param from inclusive lower bound of createdAt
 * @param to   exclusive upper bound of createdAt (a date as {@code to} includes that whole day, UTC)
 */
public record OrderFilter(OrderType orderType, OrderStatus status, PaymentStatus paymentStatus, UUID resellerId,
                          UUID userId, UUID clientId, Instant from, Instant to, String orderNumberPrefix,
                          String text) {

    public static final String TIME_EXPECTED = "must be a date (2026-01-31) or an ISO-8601 instant (2026-01-31T12:00:00Z)";
    static final int MAX_Q = 100;
    private static final Pattern ORDER_NUMBER = Pattern.compile("(?i)ORD-.*");

    public static final OrderFilter NONE = new OrderFilter(null, null, null, null, null, null, null, null, null, null);

    /** Reads the query parameters; every problem is reported at once as a 400. */
    public static OrderFilter parse(String source, String orderType, String status, String paymentStatus,
                                    UUID resellerId, UUID userId, UUID clientId, String from, String to, String q) {
        List<FieldProblem> problems = new ArrayList<>();
        OrderType type = null;
        if (notBlank(orderType)) {
            type = OrderType.fromValue(orderType).orElse(null);
            if (type == null) {
                problems.add(new FieldProblem("orderType", OrderType.MESSAGE));
            }
        }
        if (notBlank(source)) {
            OrderType bySource = OrderType.fromSource(source).orElse(null);
            if (bySource == null) {
                problems.add(new FieldProblem("source", OrderType.SOURCE_MESSAGE));
            } else if (type != null && type != bySource) {
                problems.add(new FieldProblem("source", "contradicts orderType"));
            } else {
                type = bySource;
            }
        }
        OrderStatus wantedStatus = null;
        if (notBlank(status)) {
            wantedStatus = OrderStatus.fromValue(status).orElse(null);
            if (wantedStatus == null) {
                problems.add(new FieldProblem("status", OrderStatus.MESSAGE));
            }
        }
        PaymentStatus wantedPayment = null;
        if (notBlank(paymentStatus)) {
            wantedPayment = PaymentStatus.fromValue(paymentStatus).orElse(null);
            if (wantedPayment == null) {
                problems.add(new FieldProblem("paymentStatus", PaymentStatus.MESSAGE));
            }
        }
        Instant lower = time(problems, "from", from, false);
        Instant upper = time(problems, "to", to, true);
        if (lower != null && upper != null && !lower.isBefore(upper)) {
            problems.add(new FieldProblem("to", "must be after from"));
        }
        String prefix = null;
        String text = null;
        if (notBlank(q)) {
            String trimmed = q.trim();
            if (trimmed.length() > MAX_Q) {
                problems.add(new FieldProblem("q", "must be at most " + MAX_Q + " characters"));
            } else if (ORDER_NUMBER.matcher(trimmed).matches()) {
                prefix = trimmed.toUpperCase(Locale.ROOT);
            } else {
                text = trimmed.toLowerCase(Locale.ROOT);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new OrderFilter(type, wantedStatus, wantedPayment, resellerId, userId, clientId, lower, upper, prefix,
                text);
    }

    public OrderFilter withReseller(UUID reseller) {
        return new OrderFilter(orderType, status, paymentStatus, reseller, userId, clientId, from, to,
                orderNumberPrefix, text);
    }

    public OrderFilter withUser(UUID user) {
        return new OrderFilter(orderType, status, paymentStatus, resellerId, user, clientId, from, to,
                orderNumberPrefix, text);
    }

    /** A date or an instant; a date as an upper bound means the end of that day. */
    public static Instant time(List<FieldProblem> problems, String name, String value, boolean upper) {
        if (!notBlank(value)) {
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
            problems.add(new FieldProblem(name, TIME_EXPECTED));
            return null;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
