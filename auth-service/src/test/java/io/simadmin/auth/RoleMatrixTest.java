package io.simadmin.auth;

import io.simadmin.test.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.simadmin.test.RoleMatrix.ANY_TOKEN;
import static io.simadmin.test.RoleMatrix.PUBLIC;
import static io.simadmin.test.RoleMatrix.STAFF;
import static io.simadmin.test.RoleMatrix.SUPER_ADMINS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of auth-service with every kind of caller, against ADR 0006's matrix: signing in and resetting a
 * password are public, the own account is any admin's, admins and API keys are super_admin's only, partners reach
 * none of it. A new route fails here until it is listed.
 */
class RoleMatrixTest extends AuthIntegrationTestBase {

    /** Bodies that fail validation: the route is reached (400) without touching the per-address rate limits. */
    private static final Supplier<String> INVALID = () -> "{}";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Test
    void every_route_admits_exactly_the_roles_of_the_matrix() {
        Supplier<String> invite = () -> "{\"email\":\"matrix-" + UUID.randomUUID() + "@example.org\",\"firstName\":\"Ma\","
                + "\"lastName\":\"Trix\",\"role\":\"moderator\"}";
        Supplier<String> apiClient = () -> "{\"resellerId\":\"" + UUID.randomUUID() + "\",\"name\":\"Matrix\","
                + "\"scopes\":[\"orders:read\"]}";
        RoleMatrix matrix = RoleMatrix.of(withoutRefresh(routes));
        for (String slash : new String[]{"", "/"}) {
            matrix.route("POST /api/auth/login" + slash, PUBLIC, INVALID)
                    .route("POST /api/auth/logout" + slash, PUBLIC)
                    .route("POST /api/auth/password/reset" + slash, PUBLIC, INVALID)
                    .route("POST /api/auth/password/reset/confirm" + slash, PUBLIC, INVALID)
                    .route("GET /api/auth/user" + slash, STAFF)
                    .route("PATCH /api/auth/user" + slash, STAFF, () -> "{\"firstName\":\"Matrix\"}")
                    .route("POST /api/auth/password/change" + slash, STAFF,
                            () -> "{\"currentPassword\":\"x\",\"newPassword\":\"" + PASSWORD + "-new\"}")
                    .route("GET /api/admins" + slash, SUPER_ADMINS)
                    .route("POST /api/admins" + slash, SUPER_ADMINS, invite)
                    .route("GET /api/admins/{id}" + slash, SUPER_ADMINS)
                    .route("PATCH /api/admins/{id}" + slash, SUPER_ADMINS, () -> "{\"firstName\":\"Matrix\"}")
                    .route("DELETE /api/admins/{id}" + slash, SUPER_ADMINS)
                    .route("GET /api/settings/api/keys" + slash, SUPER_ADMINS)
                    .route("POST /api/settings/api/keys" + slash, SUPER_ADMINS, apiClient)
                    .route("DELETE /api/settings/api/keys/{id}" + slash, SUPER_ADMINS);
        }
        matrix.route("GET /api/auth/.well-known/jwks.json", PUBLIC)
                .route("GET /v3/api-docs/auth", PUBLIC)
                .route("GET /v3/api-docs/auth.yaml", PUBLIC)
                .route("GET /v3/api-docs/auth/swagger-config", PUBLIC)
                .route("GET /swagger-ui.html", ANY_TOKEN)
                .route("ANY /error", ANY_TOKEN)
                .verify(port);
    }

    /**
     * Refresh is authenticated by its cookie, not a token: without one it answers 401 to everyone, which the
     * matrix cannot tell from a refusal. That it is public is shown here: the 401 is the service's own
     * "session ended" answer, not the resource server's.
     */
    @Test
    void refresh_is_reached_without_an_access_token_and_judged_by_its_cookie_alone() {
        for (String path : new String[]{"/api/auth/token/refresh", "/api/auth/token/refresh/"}) {
            AuthApi.Response response = api.call(HttpMethod.POST, path, null, null, h -> { });

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().get("type").asString()).isNotEqualTo("urn:problem-type:simadmin:unauthenticated");
            assertThat(response.headers().getFirst("WWW-Authenticate")).isNull();
        }
    }

    /** The mapped routes minus refresh, which {@link #refresh_is_reached_without_an_access_token_and_judged_by_its_cookie_alone} covers. */
    private static RequestMappingHandlerMapping withoutRefresh(RequestMappingHandlerMapping all) {
        Map<RequestMappingInfo, HandlerMethod> kept = all.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().stream().noneMatch(p -> p.startsWith("/api/auth/token/refresh")))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new RequestMappingHandlerMapping() {
            @Override
            public Map<RequestMappingInfo, HandlerMethod> getHandlerMethods() {
                return kept;
            }
        };
    }
}
