package io.simadmin.analytics.access;

import io.simadmin.analytics.support.AnalyticsIntegrationTest;
import io.simadmin.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard and the activity feed are for admin-panel staff only (ADR 0006). */
@AnalyticsIntegrationTest
class AnalyticsAccessIntegrationTest {

    private static final String[] PATHS = {"/api/dashboard/metrics", "/api/dashboard/recent-activities", "/api/activities"};

    @Autowired
    RestTestClient http;

    @Test
    void answers_a_request_without_token_with_401_problem() {
        for (String path : PATHS) {
            http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "").exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:unauthenticated");
        }
    }

    @Test
    void lets_every_staff_role_read_the_dashboard_and_the_feed() {
        for (String token : new String[]{TestTokens.superAdmin(), TestTokens.admin(), TestTokens.moderator()}) {
            for (String path : PATHS) {
                http.get().uri(path).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).exchange()
                        .expectStatus().isOk();
            }
        }
    }

    @Test
    void keeps_partners_out_with_a_403_problem() {
        String partner = TestTokens.bearer(TestTokens.partner(UUID.randomUUID(), "orders:read", "transactions:read"));

        for (String path : PATHS) {
            http.get().uri(path).header(HttpHeaders.AUTHORIZATION, partner).exchange()
                    .expectStatus().isForbidden()
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:forbidden")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("Your role (partner)"));
        }
    }

    @Test
    void rejects_every_forged_token_with_401() {
        TestTokens.forged().forEach((kind, token) -> http.get().uri("/api/activities")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).exchange()
                .expectStatus().value(status -> assertThat(status).as(kind).isEqualTo(401)));
    }
}
