package io.simadmin.auth;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceSurfaceIntegrationTest extends AuthIntegrationTestBase {

    @Test
    void publishes_its_openapi_document_and_health_without_a_token() {
        AuthApi.Response docs = api.call(HttpMethod.GET, "/v3/api-docs/auth", null, null, h -> { });

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/auth/login/", "/api/admins", "/api/settings/api/keys");
        assertThat(api.call(HttpMethod.GET, "/actuator/health", null, null, h -> { }).status()).isEqualTo(200);
    }

    @Test
    void unknown_paths_are_refused_rather_than_left_open() {
        assertThat(api.call(HttpMethod.GET, "/api/auth/something-else", null, null, h -> { }).status()).isIn(401, 403);
    }
}
