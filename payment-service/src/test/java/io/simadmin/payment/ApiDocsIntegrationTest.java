package io.simadmin.payment;

import io.simadmin.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint is described in the OpenAPI document the gateway aggregates. */
@IntegrationTest
class ApiDocsIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void the_openapi_document_describes_every_endpoint() throws Exception {
        HttpResponse<String> docs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs/payments")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"/api/transactions\"", "\"/api/transactions/{id}\"",
                "\"/api/transactions/{id}/refund\"", "\"/api/transactions/export\"", "\"/api/transactions/{id}/invoice\"",
                "\"/api/resellers/{resellerId}/transactions\"", "\"/api/users/{userId}/transactions\"",
                "\"/api/payments/process\"", "\"/api/payments/gateways\"", "\"/api/payments/webhooks/stripe\"",
                "Idempotency-Key", "Stripe-Signature");
    }

    @Test
    void documents_money_as_the_decimal_string_the_api_writes() throws Exception {
        HttpResponse<String> docs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs/payments")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode amount = JsonMapper.builder().build().readTree(docs.body())
                .at("/components/schemas/TransactionResponse/properties/amount");
        assertThat(amount.get("type").asString()).isEqualTo("string");
        assertThat(amount.get("format").asString()).isEqualTo("decimal");
    }
}
