package io.simadmin.analytics.metrics;

import io.simadmin.analytics.support.AnalyticsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@AnalyticsIntegrationTest
class DashboardMetricsIntegrationTest {

    /** Money on the wire: a decimal string with two places, never a number. */
    static final String MONEY = "-?\\d+\\.\\d{2}";

    @Autowired
    RestTestClient http;

    @Test
    void metrics_have_the_seed_field_names_with_money_as_a_decimal_string() {
        for (String path : new String[]{"/api/dashboard/metrics", "/api/dashboard/metrics/"}) {
            http.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.totalUsers").isNumber()
                    .jsonPath("$.totalResellers").isNumber()
                    .jsonPath("$.totalClients").isNumber()
                    .jsonPath("$.ordersToday").isNumber()
                    .jsonPath("$.ordersThisMonth").isNumber()
                    .jsonPath("$.revenueThisMonth").value(String.class, v -> assertThat(v).matches(MONEY))
                    .jsonPath("$.revenueToday").value(String.class, v -> assertThat(v).matches(MONEY))
                    .jsonPath("$.revenueThisMonthBySource.app").value(String.class, v -> assertThat(v).matches(MONEY))
                    .jsonPath("$.revenueThisMonthBySource.reseller")
                    .value(String.class, v -> assertThat(v).matches(MONEY))
                    .jsonPath("$.usersByStatus.active").isNumber()
                    .jsonPath("$.usersByStatus.blocked").isNumber()
                    .jsonPath("$.usersByStatus.pendingVerification").isNumber()
                    .jsonPath("$.clientsByStatus.active").isNumber()
                    .jsonPath("$.clientsByStatus.inactive").isNumber()
                    .jsonPath("$.clientsByStatus.suspended").isNumber()
                    .jsonPath("$.ordersTodayBySource.app").isNumber()
                    .jsonPath("$.ordersThisMonthBySource.reseller").isNumber()
                    .jsonPath("$.resellersByStatus.active").isNumber()
                    .jsonPath("$.resellersByStatus.pending").isNumber()
                    .jsonPath("$.resellersByStatus.suspended").isNumber();
        }
    }

    @Test
    void the_api_is_described_by_openapi() {
        http.get().uri("/v3/api-docs/analytics").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/dashboard/metrics']").exists()
                .jsonPath("$.paths['/api/dashboard/recent-activities']").exists()
                .jsonPath("$.paths['/api/activities']").exists()
                .jsonPath("$.paths['/api/reports/resellers/{id}/summary']").exists()
                .jsonPath("$.paths['/api/dashboard/sales-trend'].get.parameters[?(@.name == 'range')]").exists()
                .jsonPath("$.paths['/api/dashboard/top-resellers'].get.parameters[?(@.name == 'limit')]").exists()
                .jsonPath("$.paths['/api/dashboard/revenue-distribution'].get.summary").isNotEmpty()
                .jsonPath("$.components.schemas.SalesBucket.properties.revenue.type").isEqualTo("string")
                .jsonPath("$.components.schemas.TopReseller.properties.revenue.type").isEqualTo("string")
                .jsonPath("$.components.schemas.DashboardMetrics.properties.revenueThisMonth.type")
                .isEqualTo("string");
    }
}
