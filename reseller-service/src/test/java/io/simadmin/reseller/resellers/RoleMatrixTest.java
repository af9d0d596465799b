package io.simadmin.reseller.resellers;

import io.simadmin.test.IntegrationTest;
import io.simadmin.test.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.function.Supplier;

import static io.simadmin.reseller.resellers.ResellerFixtures.body;
import static io.simadmin.reseller.resellers.ResellerFixtures.uniqueEmail;
import static io.simadmin.test.RoleMatrix.ADMINS;
import static io.simadmin.test.RoleMatrix.ANY_TOKEN;
import static io.simadmin.test.RoleMatrix.PUBLIC;
import static io.simadmin.test.RoleMatrix.STAFF;

/**
 * Every route of reseller-service with every kind of caller, against ADR 0006's matrix: resellers are admin-panel
 * data (staff read, super admins and admins change), partners reach none of it. A new route fails here until it
 * is listed.
 */
@IntegrationTest
class RoleMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Test
    void every_route_admits_exactly_the_roles_of_the_matrix() {
        Supplier<String> reseller = () -> body("Matrix Ltd", uniqueEmail("matrix"));
        RoleMatrix matrix = RoleMatrix.of(routes);
        for (String slash : new String[]{"", "/"}) {
            matrix.route("GET /api/resellers" + slash, STAFF)
                    .route("GET /api/resellers/{id}" + slash, STAFF)
                    .route("POST /api/resellers" + slash, ADMINS, reseller)
                    .route("PUT /api/resellers/{id}" + slash, ADMINS, reseller)
                    .route("PATCH /api/resellers/{id}" + slash, ADMINS, () -> "{\"city\":\"Leeds\"}")
                    .route("PATCH /api/resellers/{id}/status" + slash, ADMINS, () -> "{\"status\":\"active\"}")
                    .route("DELETE /api/resellers/{id}" + slash, ADMINS);
        }
        matrix.route("GET /v3/api-docs/resellers", PUBLIC)
                .route("GET /v3/api-docs/resellers.yaml", PUBLIC)
                .route("GET /v3/api-docs/resellers/swagger-config", PUBLIC)
                .route("GET /swagger-ui.html", ANY_TOKEN)
                .route("ANY /error", ANY_TOKEN)
                .verify(port);
    }
}
