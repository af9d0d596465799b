package io.simadmin.order.statistics;

import io.simadmin.security.CurrentCaller;
import io.simadmin.security.StaffOrPartnerWithScope;
import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.simadmin.order.orders.OrderFilter.time;

/** Order counts and revenue for the dashboard and the orders screen. */
@RestController
@Tag(name = "Orders")
public class StatisticsController {

    private final OrderStatistics statistics;
    private final Clock clock;

    public StatisticsController(OrderStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping({"/api/orders/statistics", "/api/orders/statistics/"})
    @StaffOrPartnerWithScope("orders:read")
    @Operation(summary = "Order statistics", description = "Counts by status, by source (app, reseller) and by "
            + "payment status, and revenue per currency (booked: orders not cancelled; paid: orders whose payment "
            + "status is paid), for the range from (inclusive) to (exclusive) on createdAt — dates (UTC; a date as "
            + "to includes that day) or instants; by default this month so far — and for today and this month. "
            + "Partners get their own reseller's figures.")
    public StatisticsResponse statistics(@RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant startOfToday = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant startOfTomorrow = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant startOfMonth = today.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<FieldProblem> problems = new ArrayList<>();
        Instant lower = time(problems, "from", from, false);
        Instant upper = time(problems, "to", to, true);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Instant rangeFrom = lower != null ? lower : startOfMonth;
        Instant rangeTo = upper != null ? upper : startOfTomorrow;
        if (!rangeFrom.isBefore(rangeTo)) {
            throw new InvalidRequestException("to", "must be after from");
        }
        UUID reseller = CurrentCaller.current().filter(CurrentCaller::isPartner).map(CurrentCaller::requireReseller)
                .orElse(null);
        return new StatisticsResponse(rangeFrom, rangeTo, statistics.count(rangeFrom, rangeTo, reseller),
                statistics.count(startOfToday, startOfTomorrow, reseller),
                statistics.count(startOfMonth, startOfTomorrow, reseller));
    }
}
