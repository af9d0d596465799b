package io.simadmin.analytics.sales;

import io.simadmin.analytics.support.Clients;
import io.simadmin.analytics.support.EventsTestBase;
import io.simadmin.analytics.support.Orders;
import io.simadmin.analytics.support.Payments;
import io.simadmin.analytics.support.Resellers;
import io.simadmin.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TopResellersIntegrationTest extends EventsTestBase {

    @Test
    void resellers_are_ranked_by_net_revenue_with_their_orders_names_and_commission() {
        LocalDate day = quietDay();
        Resellers small = registered("Small SIM");
        Resellers big = registered("Big SIM");
        Resellers middle = registered("Middle SIM");
        sell(small, day, "100.00");
        sell(big, day, "300.00");
        sell(big, day, "50.00");
        sell(middle, day, "200.00");
        Orders cancelled = sell(big, day, "120.00");
        awaitProcessed(SalesTrendIntegrationTest.REVENUE_CONSUMER,
                publisher.viaOutbox(big.creditReleased(cancelled, "120.00", "350.00", on(day, 18))));
        awaitActivity("reseller", middle.id(),
                fromPaymentService(Payments.commission(Orders.any(), middle.id(), "10.00", on(day, 19))));

        TopResellers top = api.topResellers("from={d}&to={d}&limit=2", day, day);

        assertThat(top.range()).isNull();
        assertThat(top.from()).isEqualTo(day);
        assertThat(top.resellers()).extracting(TopReseller::businessName).containsExactly("Big SIM", "Middle SIM");
        TopReseller first = top.resellers().getFirst();
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.resellerId()).isEqualTo(big.id());
        assertThat(first.orders()).isEqualTo(3);
        assertThat(first.grossRevenue()).isEqualByComparingTo("470.00");
        assertThat(first.refunds()).isEqualByComparingTo("120.00");
        assertThat(first.revenue()).isEqualByComparingTo("350.00");
        assertThat(first.status()).isEqualTo("active");
        assertThat(top.resellers().get(1).commission()).isEqualByComparingTo("10.00");

        assertThat(api.topResellers("from={d}&to={d}", day, day).resellers())
                .extracting(TopReseller::businessName).containsExactly("Big SIM", "Middle SIM", "Small SIM");
        assertThat(api.topResellers("from={d}&to={d}", day.plusDays(1), day.plusDays(1)).resellers()).isEmpty();
    }

    @Test
    void the_default_is_the_top_five_of_the_last_30_days() {
        TopResellers top = api.topResellers("");

        assertThat(top.range()).isEqualTo("30d");
        assertThat(top.to()).isEqualTo(top.from().plusDays(29));
        assertThat(top.resellers()).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void invalid_parameters_are_a_400_problem_naming_them() {
        for (String[] bad : new String[][]{{"limit=0", "limit"}, {"limit=51", "limit"}, {"limit=five", "limit"},
                {"range=1y", "range"}, {"from=2026-01-01&to=2025-01-01", "to"}}) {
            for (String path : new String[]{"/api/dashboard/top-resellers", "/api/dashboard/top-resellers/"}) {
                http.get().uri(path + "?" + bad[0]).exchange()
                        .expectStatus().isBadRequest()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody()
                        .jsonPath("$.errors[0].field").isEqualTo(bad[1]);
            }
        }
    }

    @Test
    void partners_are_kept_out() {
        http.get().uri("/api/dashboard/top-resellers")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.partner(UUID.randomUUID(),
                        "orders:read")))
                .exchange()
                .expectStatus().isForbidden();
    }

    /** A reseller order placed and paid on credit that day. */
    private Orders sell(Resellers reseller, LocalDate day, String total) {
        Orders order = Orders.any();
        Clients client = Clients.of(reseller, "Client of " + reseller.name());
        awaitActivity("order", order.id(), publisher.viaOutbox(order.placedByReseller(client, "5 GB Monthly", total,
                on(day, 10))));
        awaitProcessed(SalesTrendIntegrationTest.REVENUE_CONSUMER,
                publisher.viaOutbox(reseller.creditReserved(order, total, total, on(day, 11))));
        return order;
    }

    private Resellers registered(String name) {
        Resellers reseller = Resellers.any(name);
        awaitActivity("reseller", reseller.id(), publisher.viaOutbox(reseller.registered("active", now())));
        return reseller;
    }
}
