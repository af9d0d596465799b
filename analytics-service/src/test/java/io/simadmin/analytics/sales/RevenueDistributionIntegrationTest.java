package io.simadmin.analytics.sales;

import io.simadmin.analytics.support.Clients;
import io.simadmin.analytics.support.EventsTestBase;
import io.simadmin.analytics.support.Orders;
import io.simadmin.analytics.support.Payments;
import io.simadmin.analytics.support.Resellers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RevenueDistributionIntegrationTest extends EventsTestBase {

    @Test
    void revenue_splits_by_source_and_by_plan_with_shares_of_the_total() {
        LocalDate day = quietDay();
        Resellers star = Resellers.any("Pie SIM");
        Clients acme = Clients.of(star, "Acme Mobile");
        Orders monthly = Orders.any();
        Orders big = Orders.any();
        Orders resold = Orders.any();
        Orders unseen = Orders.any();
        awaitActivity("order", monthly.id(), publisher.viaOutbox(monthly.placedInApp(UUID.randomUUID(),
                "5 GB Monthly", "30.00", on(day, 8))));
        awaitActivity("order", big.id(), publisher.viaOutbox(big.placedInApp(UUID.randomUUID(), "50 GB Yearly",
                "150.00", on(day, 8))));
        awaitActivity("order", resold.id(), publisher.viaOutbox(resold.placedByReseller(acme, "5 GB Monthly",
                "30.00", on(day, 8))));
        awaitActivity("order", monthly.id(), fromPaymentService(Payments.of(monthly).completed("30.00", on(day, 9))));
        Payments bigPayment = Payments.of(big);
        awaitActivity("order", big.id(), fromPaymentService(bigPayment.completed("150.00", on(day, 9))));
        awaitActivity("order", big.id(), fromPaymentService(bigPayment.refunded("50.00", "50.00", false, null,
                on(day, 20))));
        awaitProcessed(SalesTrendIntegrationTest.REVENUE_CONSUMER,
                publisher.viaOutbox(star.creditReserved(resold, "30.00", "30.00", on(day, 9))));
        // Money of an order analytics has not seen placed has no plan.
        awaitActivity("order", unseen.id(), fromPaymentService(Payments.of(unseen).completed("40.00", on(day, 9))));

        RevenueDistribution pie = api.revenueDistribution("from={d}&to={d}", day, day);

        assertThat(pie.total()).isEqualByComparingTo("200.00");
        assertThat(pie.bySource()).extracting(SourceRevenue::source).containsExactly("app", "reseller");
        assertThat(pie.bySource().get(0).revenue()).isEqualByComparingTo("170.00");
        assertThat(pie.bySource().get(0).share()).isEqualByComparingTo("85.0");
        assertThat(pie.bySource().get(1).revenue()).isEqualByComparingTo("30.00");
        assertThat(pie.bySource().get(1).share()).isEqualByComparingTo("15.0");
        assertThat(pie.byPlan()).extracting(PlanRevenue::planName)
                .containsExactly("50 GB Yearly", "5 GB Monthly", null);
        assertThat(pie.byPlan().get(0).revenue()).isEqualByComparingTo("100.00");
        assertThat(pie.byPlan().get(1).revenue()).isEqualByComparingTo("60.00");
        assertThat(pie.byPlan().get(1).paidOrders()).isEqualTo(2);
        assertThat(pie.byPlan().get(2).revenue()).isEqualByComparingTo("40.00");
        assertThat(pie.byPlan().get(2).share()).isEqualByComparingTo("20.0");
    }

    @Test
    void a_period_without_money_has_zero_slices_and_no_shares() {
        for (String path : new String[]{"/api/dashboard/revenue-distribution",
                "/api/dashboard/revenue-distribution/"}) {
            http.get().uri(path + "?from=1980-05-01&to=1980-05-31").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.total").isEqualTo("0.00")
                    .jsonPath("$.bySource[0].source").isEqualTo("app")
                    .jsonPath("$.bySource[0].revenue").isEqualTo("0.00")
                    .jsonPath("$.bySource[0].share").isEmpty()
                    .jsonPath("$.bySource[1].source").isEqualTo("reseller")
                    .jsonPath("$.byPlan").isEmpty();
        }
    }

    @Test
    void an_unknown_range_is_a_400_problem() {
        http.get().uri("/api/dashboard/revenue-distribution?range=week").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("range");
    }
}
