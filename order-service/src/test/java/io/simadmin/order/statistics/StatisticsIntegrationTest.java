package io.simadmin.order.statistics;

import io.simadmin.order.Parties;
import io.simadmin.order.TestApi;
import io.simadmin.order.projections.ResellerProjection;
import io.simadmin.order.projections.UserProjection;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.UUID;

import static io.simadmin.order.TestApi.resellerOrder;
import static io.simadmin.order.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order statistics. The database is shared with the other tests of this JVM, so the staff figures are checked as
 * differences; a partner's figures are its own reseller's only, and exact.
 */
@IntegrationTest
class StatisticsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    UserProjection userProjection;

    @Autowired
    ResellerProjection resellerProjection;

    TestApi api;
    Parties parties;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        parties = new Parties(userProjection, resellerProjection);
    }

    @Test
    void counts_new_orders_by_status_and_source_today_this_month_and_in_the_range() {
        UUID plan = api.physicalPlan();
        JsonNode before = api.get("/api/orders/statistics");
        UUID first = api.placeAppOrder(plan, parties.activeUser());
        api.placeAppOrder(plan, parties.activeUser());
        api.moveTo(first, "cancelled");

        JsonNode after = api.get("/api/orders/statistics/");

        for (String window : new String[]{"range", "today", "thisMonth"}) {
            assertThat(diff(before, after, window, "total")).isEqualTo(2);
            assertThat(diff(before, after, window, "bySource", "app")).isEqualTo(2);
            assertThat(diff(before, after, window, "byStatus", "cancelled")).isEqualTo(1);
            assertThat(diff(before, after, window, "byStatus", "pending")).isEqualTo(1);
        }
        assertThat(after.get("range").get("byStatus").size()).isEqualTo(6);
        assertThat(after.get("range").get("byPaymentStatus").size()).isEqualTo(4);
    }

    @Test
    void gives_a_partner_the_figures_of_its_own_reseller_only() {
        UUID plan = api.physicalPlan();
        UUID reseller = parties.reseller("active");
        UUID client = parties.activeClient(reseller);
        api.placeOrder(resellerOrder(plan, reseller, client, unique("Stats")));
        api.placeOrder(resellerOrder(plan, reseller, client, unique("Stats")));
        api.placeAppOrder(plan, parties.activeUser());

        JsonNode mine = TestApi.read(api.as(TestTokens.partner(reseller, "orders:read")).get()
                .uri("/api/orders/statistics?from=2020-01-01").exchange().expectStatus().isOk().expectBody()
                .returnResult().getResponseBody());

        assertThat(mine.get("range").get("total").asLong()).isEqualTo(2);
        assertThat(mine.get("range").get("bySource").get("reseller").asLong()).isEqualTo(2);
        assertThat(mine.get("range").get("bySource").get("app").asLong()).isZero();
        assertThat(mine.get("today").get("total").asLong()).isEqualTo(2);
        JsonNode revenue = mine.get("range").get("revenue").get(0);
        assertThat(revenue.get("currency").asString()).isEqualTo("USD");
        assertThat(new BigDecimal(revenue.get("booked").asString())).isEqualByComparingTo("57.20");
        assertThat(new BigDecimal(revenue.get("paid").asString())).isEqualByComparingTo("0.00");
    }

    @Test
    void refuses_an_unreadable_or_empty_range() {
        api.admin().get().uri("/api/orders/statistics?from=soon").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        api.admin().get().uri("/api/orders/statistics?from=2026-02-01&to=2026-01-01").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
    }

    private static long diff(JsonNode before, JsonNode after, String window, String... path) {
        return value(after.get(window), path) - value(before.get(window), path);
    }

    private static long value(JsonNode node, String... path) {
        JsonNode at = node;
        for (String p : path) {
            at = at.get(p);
        }
        return at.asLong();
    }
}
