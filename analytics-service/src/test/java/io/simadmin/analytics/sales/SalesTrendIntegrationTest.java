package io.simadmin.analytics.sales;

import io.simadmin.analytics.support.Clients;
import io.simadmin.analytics.support.EventsTestBase;
import io.simadmin.analytics.support.Orders;
import io.simadmin.analytics.support.Payments;
import io.simadmin.analytics.support.Resellers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales trend over days no other test touches (a quiet day of the distant past), so every figure is this test's.
 */
class SalesTrendIntegrationTest extends EventsTestBase {

    static final String REVENUE_CONSUMER = "analytics.reseller-revenue";

    @Test
    void every_day_of_a_period_is_a_bucket_even_when_nothing_happened() {
        SalesTrend trend = api.salesTrend("from=1980-02-27&to=1980-03-02");

        assertThat(trend.range()).isNull();
        assertThat(trend.granularity()).isEqualTo("day");
        assertThat(trend.buckets()).extracting(SalesBucket::period)
                .containsExactly("1980-02-27", "1980-02-28", "1980-02-29", "1980-03-01", "1980-03-02");
        SalesBucket empty = trend.buckets().getFirst();
        assertThat(empty.orders()).isZero();
        assertThat(empty.revenue()).isEqualByComparingTo("0.00");
        assertThat(empty.bySource().app().revenue()).isEqualByComparingTo("0.00");
        assertThat(empty.bySource().reseller().orders()).isZero();
        assertThat(trend.totals().revenue()).isEqualByComparingTo("0.00");
    }

    @Test
    void named_ranges_end_today_with_daily_or_monthly_buckets() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int days : new int[]{7, 30, 90}) {
            SalesTrend trend = api.salesTrend("range={r}", days + "d");
            assertThat(trend.range()).isEqualTo(days + "d");
            assertThat(trend.buckets()).hasSize(days);
            assertThat(trend.to()).isEqualTo(today);
            assertThat(trend.buckets().getLast().start()).isEqualTo(today);
        }
        SalesTrend year = api.salesTrend("range=12m");
        assertThat(year.granularity()).isEqualTo("month");
        assertThat(year.buckets()).hasSize(12);
        assertThat(year.buckets().getLast().period()).isEqualTo(today.toString().substring(0, 7));
        assertThat(year.buckets().getFirst().start()).isEqualTo(today.withDayOfMonth(1).minusMonths(11));
        assertThat(api.salesTrend("").range()).isEqualTo("30d");
    }

    @Test
    void orders_cancellations_revenue_and_refunds_land_on_their_day_and_source() {
        LocalDate day = quietDay();
        Resellers star = Resellers.any("Trend SIM");
        Clients acme = Clients.of(star, "Acme Mobile");
        Orders app = Orders.any();
        Orders resold = Orders.any();
        Payments payment = Payments.of(app);

        awaitActivity("order", app.id(), publisher.viaOutbox(app.placedInApp(UUID.randomUUID(), on(day, 9))));
        awaitActivity("order", resold.id(), publisher.viaOutbox(resold.placedByReseller(acme, on(day, 10))));
        awaitActivity("order", app.id(), fromPaymentService(payment.completed("30.00", on(day, 11))));
        awaitProcessed(REVENUE_CONSUMER,
                publisher.viaOutbox(star.creditReserved(resold, "25.00", "25.00", on(day, 12))));
        LocalDate next = day.plusDays(1);
        awaitActivity("order", app.id(), fromPaymentService(payment.refunded("10.00", "10.00", false, null,
                on(next, 8))));
        awaitActivity("order", resold.id(), publisher.viaOutbox(resold.statusChanged("confirmed", "cancelled",
                "client left", on(next, 9))));
        awaitProcessed(REVENUE_CONSUMER,
                publisher.viaOutbox(star.creditReleased(resold, "25.00", "0.00", on(next, 10))));

        SalesTrend trend = api.salesTrend("from={f}&to={t}", day.minusDays(1), next.plusDays(1));

        assertThat(trend.buckets()).hasSize(4);
        SalesBucket first = trend.buckets().get(1);
        assertThat(first.period()).isEqualTo(day.toString());
        assertThat(first.orders()).isEqualTo(2);
        assertThat(first.grossRevenue()).isEqualByComparingTo("55.00");
        assertThat(first.revenue()).isEqualByComparingTo("55.00");
        assertThat(first.bySource().app()).isEqualTo(new SalesFigures(1, 0, money("30.00"), money("0.00"),
                money("30.00")));
        assertThat(first.bySource().reseller()).isEqualTo(new SalesFigures(1, 0, money("25.00"), money("0.00"),
                money("25.00")));
        SalesBucket second = trend.buckets().get(2);
        assertThat(second.orders()).isZero();
        assertThat(second.ordersCancelled()).isEqualTo(1);
        assertThat(second.refunds()).isEqualByComparingTo("35.00");
        assertThat(second.revenue()).isEqualByComparingTo("-35.00");
        assertThat(second.bySource().reseller().ordersCancelled()).isEqualTo(1);
        assertThat(second.bySource().app().refunds()).isEqualByComparingTo("10.00");
        assertThat(trend.totals().orders()).isEqualTo(2);
        assertThat(trend.totals().revenue()).isEqualByComparingTo("20.00");
        assertThat(trend.totals().bySource().app().revenue()).isEqualByComparingTo("20.00");
        assertThat(trend.totals().bySource().reseller().revenue()).isEqualByComparingTo("0.00");

        SalesTrend monthly = api.salesTrend("from={f}&to={t}&granularity=month", day.withDayOfMonth(1),
                day.withDayOfMonth(1).plusMonths(2).minusDays(1));
        assertThat(monthly.buckets()).hasSize(2);
        SalesBucket month = monthly.buckets().stream()
                .filter(b -> b.period().equals(day.toString().substring(0, 7))).findFirst().orElseThrow();
        assertThat(month.orders()).isEqualTo(2);
        assertThat(monthly.totals().revenue()).isEqualByComparingTo("20.00");
    }

    @Test
    void a_cancellation_that_arrives_before_its_placement_counts_once_when_the_placement_comes() {
        LocalDate day = quietDay();
        Orders order = Orders.any();
        UUID cancelled = UUID.randomUUID();
        publisher.raw(cancelled, order.statusChanged("pending", "cancelled", "duplicate order", on(day, 15)));
        awaitActivity("order", order.id(), cancelled);
        assertThat(api.salesTrend("from={f}&to={t}", day, day).totals().ordersCancelled()).isZero();

        UUID placed = UUID.randomUUID();
        publisher.raw(placed, order.placedInApp(UUID.randomUUID(), on(day, 14)));
        publisher.raw(UUID.randomUUID(), order.placedInApp(UUID.randomUUID(), on(day, 14)));
        UUID again = UUID.randomUUID();
        publisher.raw(again, order.statusChanged("pending", "cancelled", "duplicate order", on(day, 15)));
        awaitActivity("order", order.id(), again);

        SalesTotals totals = api.salesTrend("from={f}&to={t}", day, day).totals();
        assertThat(totals.orders()).isEqualTo(1);
        assertThat(totals.ordersCancelled()).isEqualTo(1);
        assertThat(totals.bySource().app().ordersCancelled()).isEqualTo(1);
    }

    @Test
    void both_slash_forms_and_the_seed_name_answer() {
        for (String path : new String[]{"/api/dashboard/sales-trend", "/api/dashboard/sales-trend/",
                "/api/dashboard/sales-trends", "/api/dashboard/sales-trends/"}) {
            http.get().uri(path + "?from=1980-01-01&to=1980-01-07").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.buckets.length()").isEqualTo(7)
                    .jsonPath("$.buckets[0].period").isEqualTo("1980-01-01")
                    .jsonPath("$.buckets[0].revenue").isEqualTo("0.00")
                    .jsonPath("$.buckets[0].bySource.reseller.grossRevenue").isEqualTo("0.00")
                    .jsonPath("$.buckets[0].bySource.app.orders").isNumber()
                    .jsonPath("$.totals.grossRevenue").isEqualTo("0.00");
        }
    }

    @Test
    void invalid_parameters_are_a_400_problem_naming_them() {
        assertBadRequest("range=5d", "range");
        assertBadRequest("range=7d&from=2026-01-01", "range");
        assertBadRequest("from=yesterday", "from");
        assertBadRequest("from=2026-02-30&to=2026-03-01", "from");
        assertBadRequest("from=2026-01-01&to=2026-13-01", "to");
        assertBadRequest("to=2026-01-01", "from");
        assertBadRequest("from=2026-02-01&to=2026-01-01", "to");
        assertBadRequest("from=2020-01-01&to=2026-01-01", "to");
        assertBadRequest("from=2026-01-01&to=2026-01-31&granularity=week", "granularity");
        assertBadRequest("from=9999-01-01", "from");
    }

    private void assertBadRequest(String query, String field) {
        http.get().uri("/api/dashboard/sales-trend?" + query).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
