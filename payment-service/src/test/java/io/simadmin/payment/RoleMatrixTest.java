package io.simadmin.payment;

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

import static io.simadmin.test.RoleMatrix.ADMINS;
import static io.simadmin.test.RoleMatrix.ANY_TOKEN;
import static io.simadmin.test.RoleMatrix.Caller.ADMIN;
import static io.simadmin.test.RoleMatrix.Caller.MODERATOR;
import static io.simadmin.test.RoleMatrix.Caller.PARTNER;
import static io.simadmin.test.RoleMatrix.Caller.SUPER_ADMIN;
import static io.simadmin.test.RoleMatrix.PUBLIC;
import static io.simadmin.test.RoleMatrix.STAFF;

/**
 * Every route of payment-service with every kind of caller (ADR 0006): staff read transactions, partners read
 * ({@code transactions:read}) their own reseller's (others' ids pass the role check and answer 404), only super
 * admins and admins refund, export and charge; Stripe's webhook is open to anyone (its signature is checked
 * instead). A new route fails here until it is listed.
 */
@IntegrationTest
class RoleMatrixTest {

    private static final Set<RoleMatrix.Caller> STAFF_AND_PARTNERS = EnumSet.of(SUPER_ADMIN, ADMIN, MODERATOR, PARTNER);

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Test
    void every_route_admits_exactly_the_roles_of_the_matrix() {
        RoleMatrix matrix = RoleMatrix.of(routes);
        for (String slash : new String[]{"", "/"}) {
            matrix.route("GET /api/transactions" + slash, STAFF_AND_PARTNERS)
                    .route("GET /api/transactions/{id}" + slash, STAFF_AND_PARTNERS)
                    .route("GET /api/resellers/{resellerId}/transactions" + slash, STAFF_AND_PARTNERS)
                    .route("GET /api/users/{userId}/transactions" + slash, STAFF)
                    .route("POST /api/transactions/{id}/refund" + slash, ADMINS,
                            () -> "{\"amount\":\"1.00\",\"reason\":\"Matrix\"}")
                    .route("GET /api/transactions/export" + slash, ADMINS)
                    .route("GET /api/transactions/{id}/invoice" + slash, STAFF_AND_PARTNERS)
                    .route("POST /api/payments/process" + slash, ADMINS, () -> """
                            {"orderId":"%s","paymentMethod":"card","token":"tok_visa"}""".formatted(UUID.randomUUID()))
                    .route("GET /api/payments/gateways" + slash, STAFF)
                    .route("POST /api/payments/webhooks/stripe" + slash, PUBLIC, () -> "{}");
        }
        matrix.route("GET /v3/api-docs/payments", PUBLIC)
                .route("GET /v3/api-docs/payments.yaml", PUBLIC)
                .route("GET /v3/api-docs/payments/swagger-config", PUBLIC)
                .route("GET /swagger-ui.html", ANY_TOKEN)
                .route("ANY /error", ANY_TOKEN)
                .verify(port);
    }
}
