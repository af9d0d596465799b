package io.simadmin.support.tickets;

import io.simadmin.test.IntegrationTest;
import io.simadmin.test.RoleMatrix;
import io.simadmin.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static io.simadmin.test.RoleMatrix.ANY_TOKEN;
import static io.simadmin.test.RoleMatrix.PUBLIC;
import static io.simadmin.test.RoleMatrix.STAFF;

/**
 * Every route of support-service with every kind of caller, against ADR 0006's matrix: staff read and work tickets;
 * partners (holding every scope here) read, open and answer tickets (their own reseller's, which the service checks:
 * a random id answers them 404, not 403), but neither edit, assign nor move them. A new route fails here until it is
 * listed.
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
        RoleMatrix matrix = RoleMatrix.of(routes);
        for (String slash : new String[]{"", "/"}) {
            matrix.route("GET /api/support/tickets" + slash, ANY_TOKEN)
                    .route("POST /api/support/tickets" + slash, ANY_TOKEN, () -> TicketApi.ticket("Matrix"))
                    .route("GET /api/support/tickets/{id}" + slash, ANY_TOKEN)
                    .route("PUT /api/support/tickets/{id}" + slash, STAFF, () -> """
                            {"subject":"Matrix","description":"Edited","priority":"low"}""")
                    .route("PATCH /api/support/tickets/{id}/assign" + slash, STAFF,
                            () -> "{\"adminId\":\"" + TestTokens.MODERATOR_ID + "\"}")
                    .route("PATCH /api/support/tickets/{id}/status" + slash, STAFF, () -> "{\"status\":\"in_progress\"}")
                    .route("POST /api/support/tickets/{id}/reply" + slash, ANY_TOKEN, () -> "{\"body\":\"Thanks\"}")
                    .route("GET /api/users/{id}/support-tickets" + slash, STAFF);
        }
        matrix.route("GET /v3/api-docs/support", PUBLIC)
                .route("GET /v3/api-docs/support.yaml", PUBLIC)
                .route("GET /v3/api-docs/support/swagger-config", PUBLIC)
                .route("GET /swagger-ui.html", ANY_TOKEN)
                .route("ANY /error", ANY_TOKEN)
                .verify(port);
    }
}
