package io.simadmin.reseller.resellers;

import io.simadmin.reseller.TestApi;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static io.simadmin.reseller.resellers.ResellerFixtures.body;
import static io.simadmin.reseller.resellers.ResellerFixtures.uniqueEmail;
import static io.simadmin.test.RoleMatrix.ADMINS;
import static io.simadmin.test.RoleMatrix.ANY_TOKEN;
import static io.simadmin.test.RoleMatrix.PUBLIC;
import static io.simadmin.test.RoleMatrix.STAFF;
import static io.simadmin.test.RoleMatrix.Caller.ADMIN;
import static io.simadmin.test.RoleMatrix.Caller.MODERATOR;
import static io.simadmin.test.RoleMatrix.Caller.PARTNER;
import static io.simadmin.test.RoleMatrix.Caller.SUPER_ADMIN;

/**
 * Every route of reseller-service with every kind of caller, against ADR 0006's matrix: resellers and their ledger
 * are admin-panel data (staff read, super admins and admins change), partners reach none of it; clients are read by
 * staff and partners ({@code clients:read}) and changed by admins and partners ({@code clients:write}), a partner
 * only for its own reseller (its calls here name other resellers' ids, so they pass the role check and answer 404).
 * A new route fails here until it is listed.
 */
@IntegrationTest
class RoleMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    private static final Set<RoleMatrix.Caller> STAFF_AND_PARTNERS = EnumSet.of(SUPER_ADMIN, ADMIN, MODERATOR, PARTNER);
    private static final Set<RoleMatrix.Caller> ADMINS_AND_PARTNERS = EnumSet.of(SUPER_ADMIN, ADMIN, PARTNER);

    @Test
    void every_route_admits_exactly_the_roles_of_the_matrix() {
        Supplier<String> reseller = () -> body("Matrix Ltd", uniqueEmail("matrix"));
        Supplier<String> newClient = () -> TestApi.clientBody(UUID.randomUUID(), "Matrix Client",
                uniqueEmail("matrix"), "gold", null);
        Supplier<String> client = () -> TestApi.clientBody(null, "Matrix Client", uniqueEmail("matrix"), "gold", null);
        RoleMatrix matrix = RoleMatrix.of(routes);
        for (String slash : new String[]{"", "/"}) {
            matrix.route("GET /api/resellers" + slash, STAFF)
                    .route("GET /api/resellers/{id}" + slash, STAFF)
                    .route("POST /api/resellers" + slash, ADMINS, reseller)
                    .route("PUT /api/resellers/{id}" + slash, ADMINS, reseller)
                    .route("PATCH /api/resellers/{id}" + slash, ADMINS, () -> "{\"city\":\"Leeds\"}")
                    .route("PATCH /api/resellers/{id}/status" + slash, ADMINS, () -> "{\"status\":\"active\"}")
                    .route("DELETE /api/resellers/{id}" + slash, ADMINS)
                    .route("GET /api/resellers/{resellerId}/clients" + slash, STAFF_AND_PARTNERS)
                    .route("GET /api/clients" + slash, STAFF_AND_PARTNERS)
                    .route("GET /api/clients/{id}" + slash, STAFF_AND_PARTNERS)
                    .route("POST /api/clients" + slash, ADMINS_AND_PARTNERS, newClient)
                    .route("PUT /api/clients/{id}" + slash, ADMINS_AND_PARTNERS, client)
                    .route("PATCH /api/clients/{id}" + slash, ADMINS_AND_PARTNERS, () -> "{\"clientName\":\"Matrix\"}")
                    .route("PATCH /api/clients/{id}/status" + slash, ADMINS_AND_PARTNERS,
                            () -> "{\"status\":\"inactive\"}")
                    .route("GET /api/resellers/{resellerId}/ledger" + slash, STAFF)
                    .route("POST /api/resellers/{resellerId}/ledger/adjustments" + slash, ADMINS,
                            () -> "{\"amount\":\"1.00\",\"reason\":\"Matrix\"}");
        }
        matrix.route("GET /v3/api-docs/resellers", PUBLIC)
                .route("GET /v3/api-docs/resellers.yaml", PUBLIC)
                .route("GET /v3/api-docs/resellers/swagger-config", PUBLIC)
                .route("GET /swagger-ui.html", ANY_TOKEN)
                .route("ANY /error", ANY_TOKEN)
                .verify(port);
    }
}
