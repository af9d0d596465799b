package io.simadmin.order;

import io.simadmin.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document the gateway aggregates: open, and describing every endpoint of the service. */
@IntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void documents_every_endpoint_without_a_token() {
        JsonNode doc = TestApi.read(RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/v3/api-docs/orders").exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBody());

        JsonNode paths = doc.get("paths");
        for (String path : new String[]{"/api/plans", "/api/plans/{id}", "/api/orders", "/api/orders/{id}",
                "/api/orders/{id}/status", "/api/orders/{id}/assign-delivery", "/api/orders/{id}/history",
                "/api/orders/statistics", "/api/orders/bulk/status", "/api/orders/bulk/assign-delivery",
                "/api/resellers/{resellerId}/orders", "/api/users/{userId}/orders"}) {
            assertThat(paths.has(path)).as(path).isTrue();
            assertThat(paths.has(path + "/")).as(path + "/").isTrue();
        }
        JsonNode place = paths.get("/api/orders").get("post");
        assertThat(place.get("summary").asString()).isEqualTo("Place an order");
        assertThat(place.get("parameters").toString()).contains("Idempotency-Key");
        assertThat(doc.get("components").get("schemas").get("OrderResponse").get("properties").get("totalAmount")
                .get("type").asString()).isEqualTo("string");
    }
}
