package io.simadmin.analytics.metrics;

import io.simadmin.analytics.support.AnalyticsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@AnalyticsIntegrationTest
class DashboardMetricsIntegrationTest {

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
                    .jsonPath("$.revenueThisMonth").isEqualTo("0.00")
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
                .jsonPath("$.paths['/api/reports/resellers/{id}/summary']").exists();
    }
}
