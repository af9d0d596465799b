package io.simadmin.analytics.reports;

import io.simadmin.analytics.support.EventsTestBase;
import io.simadmin.analytics.support.Resellers;
import io.simadmin.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.UUID;

class ResellerSummaryApiIntegrationTest extends EventsTestBase {

    @Test
    void a_reseller_with_no_clients_orders_or_credit_yet_has_zero_figures_with_money_as_strings() {
        Resellers fresh = Resellers.any("Fresh SIM");
        awaitActivity("reseller", fresh.id(), publisher.viaOutbox(fresh.registered("pending", now())));

        for (String path : new String[]{"/api/reports/resellers/{id}/summary", "/api/reports/resellers/{id}/summary/"}) {
            http.get().uri(path, fresh.id()).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.resellerId").isEqualTo(fresh.id().toString())
                    .jsonPath("$.businessName").isEqualTo("Fresh SIM")
                    .jsonPath("$.status").isEqualTo("pending")
                    .jsonPath("$.removed").isEqualTo(false)
                    .jsonPath("$.clientsCount").isEqualTo(0)
                    .jsonPath("$.activeClients").isEqualTo(0)
                    .jsonPath("$.ordersCount").isEqualTo(0)
                    .jsonPath("$.creditBalance").isEqualTo("0.00")
                    .jsonPath("$.revenue").isEqualTo("0.00")
                    .jsonPath("$.lastActivityAt").isNotEmpty();
        }
    }

    @Test
    void a_reseller_analytics_never_heard_of_is_a_404_problem() {
        http.get().uri("/api/reports/resellers/{id}/summary", UUID.randomUUID()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void an_id_that_is_not_a_uuid_is_a_400_problem() {
        http.get().uri("/api/reports/resellers/not-a-uuid/summary").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void partners_are_kept_out_even_for_their_own_reseller() {
        UUID own = UUID.randomUUID();
        http.get().uri("/api/reports/resellers/{id}/summary", own)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.partner(own, "orders:read")))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void the_summary_is_described_by_openapi() {
        http.get().uri("/v3/api-docs/analytics").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/reports/resellers/{id}/summary'].get.summary").isNotEmpty();
    }
}
