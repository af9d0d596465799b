package io.simadmin.analytics.sales;

import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's charts, read from the daily sales and the money ledger. */
@Service
public class SalesCharts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DailySales sales;
    private final MoneyMovements movements;

    public SalesCharts(DailySales sales, MoneyMovements movements) {
        this.sales = sales;
        this.movements = movements;
    }

    public SalesTrend trend(SalesPeriod period) {
        boolean monthly = period.granularity() == SalesPeriod.Granularity.MONTH;
        Map<LocalDate, Map<String, FiguresSum>> byBucket = new HashMap<>();
        for (DaySourceFigures row : sales.between(period.from(), period.to())) {
            LocalDate key = monthly ? row.day().withDayOfMonth(1) : row.day();
            byBucket.computeIfAbsent(key, k -> new HashMap<>())
                    .computeIfAbsent(row.source(), s -> new FiguresSum()).add(row);
        }
        List<SalesBucket> buckets = new ArrayList<>();
        FiguresSum totalApp = new FiguresSum();
        FiguresSum totalReseller = new FiguresSum();
        LocalDate start = period.from();
        while (!start.isAfter(period.to())) {
            LocalDate next = monthly ? start.withDayOfMonth(1).plusMonths(1) : start.plusDays(1);
            LocalDate end = next.minusDays(1).isAfter(period.to()) ? period.to() : next.minusDays(1);
            Map<String, FiguresSum> sums = byBucket.getOrDefault(monthly ? start.withDayOfMonth(1) : start, Map.of());
            FiguresSum app = sums.getOrDefault(SalesSource.APP, new FiguresSum());
            FiguresSum reseller = sums.getOrDefault(SalesSource.RESELLER, new FiguresSum());
            totalApp.add(app);
            totalReseller.add(reseller);
            FiguresSum both = new FiguresSum();
            both.add(app);
            both.add(reseller);
            String label = monthly ? YearMonth.from(start).toString() : start.toString();
            buckets.add(new SalesBucket(label, start, end, both.orders(), both.ordersCancelled(),
                    both.grossRevenue(), both.refunds(), both.net(),
                    new SalesBySource(app.figures(), reseller.figures())));
            start = next;
        }
        FiguresSum total = new FiguresSum();
        total.add(totalApp);
        total.add(totalReseller);
        return new SalesTrend(period.range(), period.granularity().label(), period.from(), period.to(), buckets,
                new SalesTotals(total.orders(), total.ordersCancelled(), total.grossRevenue(), total.refunds(),
                        total.net(), new SalesBySource(totalApp.figures(), totalReseller.figures())));
    }

    public TopResellers topResellers(SalesPeriod period, int limit) {
        List<TopReseller> top = new ArrayList<>();
        for (ResellerSales row : sales.top(period.from(), period.to(), limit)) {
            top.add(new TopReseller(top.size() + 1, row.resellerId(), row.businessName(), row.status(),
                    row.removed(), row.ordersPlaced(), row.ordersCancelled(), row.revenue(), row.refunds(),
                    Money.of(row.netRevenue()), row.commission()));
        }
        return new TopResellers(period.range(), period.from(), period.to(), top);
    }

    public RevenueDistribution revenueDistribution(SalesPeriod period) {
        Map<String, FiguresSum> bySource = new HashMap<>();
        for (DaySourceFigures row : sales.between(period.from(), period.to())) {
            bySource.computeIfAbsent(row.source(), s -> new FiguresSum()).add(row);
        }
        BigDecimal app = bySource.getOrDefault(SalesSource.APP, new FiguresSum()).net();
        BigDecimal reseller = bySource.getOrDefault(SalesSource.RESELLER, new FiguresSum()).net();
        BigDecimal total = Money.of(app.add(reseller));
        List<PlanRevenue> plans = movements.byPlan(
                        period.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                        period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).stream()
                .map(p -> new PlanRevenue(p.planName(), p.revenue(), p.paidOrders(), share(p.revenue(), total)))
                .toList();
        return new RevenueDistribution(period.range(), period.from(), period.to(), total,
                List.of(new SourceRevenue(SalesSource.APP, app, share(app, total)),
                        new SourceRevenue(SalesSource.RESELLER, reseller, share(reseller, total))),
                plans);
    }

    /** Percent of the total with one decimal; a pie of a total that is zero or negative has no shares. */
    static BigDecimal share(BigDecimal part, BigDecimal total) {
        if (total.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP);
    }
}
