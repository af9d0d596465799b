package io.simadmin.analytics.access;

import io.simadmin.analytics.support.AnalyticsIntegrationTest;
import io.simadmin.test.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static io.simadmin.test.RoleMatrix.ANY_TOKEN;
import static io.simadmin.test.RoleMatrix.PUBLIC;
import static io.simadmin.test.RoleMatrix.STAFF;

/**
 * Every route of analytics-service with every kind of caller, against ADR 0006's matrix: the dashboard (figures
 * and charts), the activity feed and the reports are read by all staff roles, never by partners. A new route fails here until it
 * is listed.
 */
@AnalyticsIntegrationTest
class RoleMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Test
    void every_route_admits_exactly_the_roles_of_the_matrix() {
        RoleMatrix matrix = RoleMatrix.of(routes);
        for (String slash : new String[]{"", "/"}) {
            matrix.route("GET /api/dashboard/metrics" + slash, STAFF)
                    .route("GET /api/dashboard/recent-activities" + slash, STAFF)
                    .route("GET /api/activities" + slash, STAFF)
                    .route("GET /api/reports/resellers/{id}/summary" + slash, STAFF)
                    .route("GET /api/dashboard/sales-trend" + slash, STAFF)
                    .route("GET /api/dashboard/sales-trends" + slash, STAFF)
                    .route("GET /api/dashboard/top-resellers" + slash, STAFF)
                    .route("GET /api/dashboard/revenue-distribution" + slash, STAFF);
        }
        matrix.route("GET /v3/api-docs/analytics", PUBLIC)
                .route("GET /v3/api-docs/analytics.yaml", PUBLIC)
                .route("GET /v3/api-docs/analytics/swagger-config", PUBLIC)
                .route("GET /swagger-ui.html", ANY_TOKEN)
                .route("ANY /error", ANY_TOKEN)
                .verify(port);
    }
}
