package io.simadmin.order;

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

import static io.simadmin.test.RoleMatrix.ADMINS;
import static io.simadmin.test.RoleMatrix.ANY_TOKEN;
import static io.simadmin.test.RoleMatrix.Caller.ADMIN;
import static io.simadmin.test.RoleMatrix.Caller.MODERATOR;
import static io.simadmin.test.RoleMatrix.Caller.PARTNER;
import static io.simadmin.test.RoleMatrix.Caller.SUPER_ADMIN;
import static io.simadmin.test.RoleMatrix.PUBLIC;
import static io.simadmin.test.RoleMatrix.STAFF;

/**
 * Every route of order-service with every kind of caller, against ADR 0006's matrix: staff and partners
 * ({@code orders:read}) read plans and orders; admins change plans; admins and partners ({@code orders:write}) place
 * and edit orders; every staff role changes status and delivery (partners only cancel, checked in the service);
 * bulk actions and users' orders are the back office's. A partner's calls here name other resellers' ids, so they
 * pass the role check and answer 404 or 422. A new route fails here until it is listed.
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
        Supplier<String> plan = () -> TestApi.planBody(TestApi.unique("Matrix"), "esim", "3.00", null);
        Supplier<String> order = () -> TestApi.resellerOrder(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "1 Matrix Road");
        Supplier<String> bulkStatus = () -> "{\"ids\":[\"" + UUID.randomUUID() + "\"],\"status\":\"confirmed\"}";
        Supplier<String> bulkDelivery = () -> "{\"items\":[{\"orderId\":\"" + UUID.randomUUID()
                + "\",\"courier\":\"DHL\",\"trackingNumber\":\"M1\"}]}";
        RoleMatrix matrix = RoleMatrix.of(routes);
        for (String slash : new String[]{"", "/"}) {
            matrix.route("GET /api/plans" + slash, STAFF_AND_PARTNERS)
                    .route("GET /api/plans/{id}" + slash, STAFF_AND_PARTNERS)
                    .route("POST /api/plans" + slash, ADMINS, plan)
                    .route("PUT /api/plans/{id}" + slash, ADMINS, plan)
                    .route("DELETE /api/plans/{id}" + slash, ADMINS)
                    .route("GET /api/orders" + slash, STAFF_AND_PARTNERS)
                    .route("POST /api/orders" + slash, ADMINS_AND_PARTNERS, order)
                    .route("GET /api/orders/{id}" + slash, STAFF_AND_PARTNERS)
                    .route("PUT /api/orders/{id}" + slash, ADMINS_AND_PARTNERS, () -> "{\"deliveryAddress\":\"x\"}")
                    .route("PATCH /api/orders/{id}/status" + slash, STAFF_AND_PARTNERS,
                            () -> "{\"status\":\"cancelled\"}")
                    .route("GET /api/orders/{id}/history" + slash, STAFF_AND_PARTNERS)
                    .route("POST /api/orders/{id}/assign-delivery" + slash, STAFF,
                            () -> "{\"courier\":\"DHL\",\"trackingNumber\":\"M1\"}")
                    .route("POST /api/orders/bulk/status" + slash, STAFF, bulkStatus)
                    .route("POST /api/orders/bulk/assign-delivery" + slash, STAFF, bulkDelivery)
                    .route("GET /api/orders/statistics" + slash, STAFF_AND_PARTNERS)
                    .route("GET /api/resellers/{resellerId}/orders" + slash, STAFF_AND_PARTNERS)
                    .route("GET /api/users/{userId}/orders" + slash, STAFF);
        }
        matrix.route("GET /v3/api-docs/orders", PUBLIC)
                .route("GET /v3/api-docs/orders.yaml", PUBLIC)
                .route("GET /v3/api-docs/orders/swagger-config", PUBLIC)
                .route("GET /swagger-ui.html", ANY_TOKEN)
                .route("ANY /error", ANY_TOKEN)
                .verify(port);
    }
}
