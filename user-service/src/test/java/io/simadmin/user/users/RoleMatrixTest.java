package io.simadmin.user.users;

import io.simadmin.test.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.function.Supplier;

import static io.simadmin.test.RoleMatrix.ADMINS;
import static io.simadmin.test.RoleMatrix.ANY_TOKEN;
import static io.simadmin.test.RoleMatrix.PUBLIC;
import static io.simadmin.test.RoleMatrix.STAFF;
import static io.simadmin.user.users.UserFixtures.body;

/**
 * Every route of user-service with every kind of caller, against ADR 0006's matrix: users are admin-panel data
 * (staff read, super admins and admins change and read ID documents in clear), partners reach none of it. A new
 * route fails here until it is listed. The {@code ?reveal=idDocument} variant of the details route is checked in
 * IdDocumentIntegrationTest, since the matrix goes by route.
 */
class RoleMatrixTest extends UserIntegrationTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Test
    void every_route_admits_exactly_the_roles_of_the_matrix() {
        Supplier<String> user = () -> body("Matrix Person");
        RoleMatrix matrix = RoleMatrix.of(routes);
        for (String slash : new String[]{"", "/"}) {
            matrix.route("GET /api/users" + slash, STAFF)
                    .route("GET /api/users/{id}" + slash, STAFF)
                    .route("GET /api/users/{id}/id-document" + slash, ADMINS)
                    .route("POST /api/users" + slash, ADMINS, user)
                    .route("PUT /api/users/{id}" + slash, ADMINS, user)
                    .route("PATCH /api/users/{id}/status" + slash, ADMINS, () -> "{\"status\":\"active\"}")
                    .route("POST /api/users/{id}/verifications" + slash, ADMINS, () -> "{\"channel\":\"email\"}");
        }
        matrix.route("GET /v3/api-docs/users", PUBLIC)
                .route("GET /v3/api-docs/users.yaml", PUBLIC)
                .route("GET /v3/api-docs/users/swagger-config", PUBLIC)
                .route("GET /swagger-ui.html", ANY_TOKEN)
                .route("ANY /error", ANY_TOKEN)
                .verify(port);
    }
}
