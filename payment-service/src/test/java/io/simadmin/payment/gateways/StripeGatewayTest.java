package io.simadmin.payment.gateways;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.stripe.Stripe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Stripe adapter against a local HTTP stub of Stripe's API (WireMock) answering with Stripe's real request and
 * response shapes: form-encoded requests with an Idempotency-Key, JSON objects back, 402 card errors.
 */
class StripeGatewayTest {

    static final String KEY = "sk_test_simadmin_stub";

    static WireMockServer stripe;

    StripeGateway gateway;

    @BeforeAll
    static void start() {
        stripe = new WireMockServer(wireMockConfig().dynamicPort());
        stripe.start();
    }

    @AfterAll
    static void stop() {
        stripe.stop();
    }

    @BeforeEach
    void reset() {
        stripe.resetAll();
        gateway = new StripeGateway(new GatewayProperties("stripe", new GatewayProperties.Sandbox(true,
                Duration.ofMillis(10)), new GatewayProperties.Stripe(true, KEY, "whsec_x", stripe.baseUrl(),
                Duration.ofSeconds(2), Duration.ofMillis(700), 0)));
    }

    @Test
    void a_charge_is_a_confirmed_payment_intent_created_under_the_attempts_idempotency_key() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(json(200, intent("pi_3Pok", "succeeded",
                null))));

        GatewayResult result = gateway.charge(charge("simadmin-charge-k1", "19.99", "EUR", "pm_card_visa"));

        assertThat(result.outcome()).isEqualTo(GatewayResult.Outcome.SUCCEEDED);
        assertThat(result.reference()).isEqualTo("pi_3Pok");
        assertThat(result.response()).containsEntry("status", "succeeded").containsEntry("latest_charge", "ch_1")
                .doesNotContainKey("client_secret");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Idempotency-Key", equalTo("simadmin-charge-k1"))
                .withHeader("Stripe-Version", equalTo(Stripe.API_VERSION))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(containing("amount=1999"))
                .withRequestBody(containing("currency=eur"))
                .withRequestBody(containing("confirm=true"))
                .withRequestBody(containing("payment_method=pm_card_visa"))
                .withRequestBody(containing("payment_method_types[0]=card"))
                .withRequestBody(containing("metadata[simadmin_attempt]=simadmin-charge-k1"))
                .withRequestBody(containing("metadata[order_id]=0199a1c2-0000-7000-8000-000000000001")));
    }

    @Test
    void a_declined_card_is_a_failure_with_the_payment_intent_as_reference() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(json(402, """
                {"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline",
                  "message":"Your card was declined.","charge":"ch_2",
                  "payment_intent":%s}}""".formatted(intent("pi_declined", "requires_payment_method",
                "generic_decline")))));

        GatewayResult result = gateway.charge(charge("k2", "5.00", "USD", "pm_card_chargeDeclined"));

        assertThat(result.outcome()).isEqualTo(GatewayResult.Outcome.FAILED);
        assertThat(result.failureCode()).isEqualTo("card_declined");
        assertThat(result.message()).isEqualTo("Your card was declined.");
        assertThat(result.reference()).isEqualTo("pi_declined");
    }

    @Test
    void insufficient_funds_keep_their_reason_code() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(json(402, """
                {"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds",
                  "message":"Your card has insufficient funds."}}""")));

        GatewayResult result = gateway.charge(charge("k3", "5.00", "USD", "pm_card_chargeDeclinedInsufficientFunds"));

        assertThat(result.outcome()).isEqualTo(GatewayResult.Outcome.FAILED);
        assertThat(result.failureCode()).isEqualTo("insufficient_funds");
    }

    @Test
    void no_answer_in_time_leaves_the_outcome_unknown_and_the_search_by_key_settles_it() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(json(200, intent("pi_slow", "succeeded",
                null)).withFixedDelay(1500)));

        GatewayResult timedOut = gateway.charge(charge("k4", "8.00", "EUR", "pm_card_visa"));

        assertThat(timedOut.outcome()).isEqualTo(GatewayResult.Outcome.UNKNOWN);
        assertThat(timedOut.failureCode()).isEqualTo("gateway_timeout");

        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).willReturn(json(200, """
                {"object":"search_result","url":"/v1/payment_intents/search","has_more":false,"next_page":null,
                 "data":[%s]}""".formatted(intent("pi_slow", "succeeded", null)))));
        GatewayResult found = gateway.lookupCharge("k4", null);
        assertThat(found.outcome()).isEqualTo(GatewayResult.Outcome.SUCCEEDED);
        assertThat(found.reference()).isEqualTo("pi_slow");
        stripe.verify(getRequestedFor(urlPathEqualTo("/v1/payment_intents/search"))
                .withQueryParam("query", equalTo("metadata['simadmin_attempt']:'k4'")));
    }

    @Test
    void a_charge_stripe_never_saw_is_not_found_and_a_known_one_is_read_by_id() {
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).willReturn(json(200, """
                {"object":"search_result","url":"/v1/payment_intents/search","has_more":false,"data":[]}""")));
        stripe.stubFor(get(urlEqualTo("/v1/payment_intents/pi_known")).willReturn(json(200,
                intent("pi_known", "requires_payment_method", "do_not_honor"))));

        assertThat(gateway.lookupCharge("k5", null).outcome()).isEqualTo(GatewayResult.Outcome.NOT_FOUND);
        GatewayResult known = gateway.lookupCharge("k5", "pi_known");
        assertThat(known.outcome()).isEqualTo(GatewayResult.Outcome.FAILED);
        assertThat(known.failureCode()).isEqualTo("card_declined");
    }

    @Test
    void a_refund_is_a_stripe_refund_of_the_payment_intent_and_is_found_again_by_its_key() {
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(json(200, refund("re_1", "succeeded", "k6"))));
        stripe.stubFor(get(urlPathEqualTo("/v1/refunds")).willReturn(json(200, """
                {"object":"list","url":"/v1/refunds","has_more":false,"data":[%s,%s]}"""
                .formatted(refund("re_0", "succeeded", "other"), refund("re_1", "succeeded", "k6")))));

        GatewayResult refunded = gateway.refund(new RefundRequest("k6", "pi_3Pok", new BigDecimal("7.50"), "EUR",
                "Order cancelled", Map.of("refund_transaction_id", "r1")));
        GatewayResult found = gateway.lookupRefund("k6", null, "pi_3Pok");

        assertThat(refunded.outcome()).isEqualTo(GatewayResult.Outcome.SUCCEEDED);
        assertThat(refunded.reference()).isEqualTo("re_1");
        assertThat(found.reference()).isEqualTo("re_1");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo("k6"))
                .withRequestBody(containing("payment_intent=pi_3Pok"))
                .withRequestBody(containing("amount=750"))
                .withRequestBody(containing("reason=requested_by_customer")));
        stripe.verify(getRequestedFor(urlPathEqualTo("/v1/refunds")).withQueryParam("payment_intent", equalTo("pi_3Pok")));
    }

    @Test
    void a_refused_request_or_a_bad_key_means_nothing_was_charged() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(json(401, """
                {"error":{"type":"invalid_request_error","message":"Invalid API Key provided: sk_test_***stub"}}""")));

        GatewayResult result = gateway.charge(charge("k7", "5.00", "EUR", "pm_card_visa"));

        assertThat(result.outcome()).isEqualTo(GatewayResult.Outcome.FAILED);
        assertThat(result.failureCode()).isEqualTo("gateway_error");
    }

    @Test
    void amounts_are_sent_in_the_currencys_minor_units() {
        assertThat(StripeGateway.minorUnits(new BigDecimal("19.99"), "EUR")).contains(1999L);
        assertThat(StripeGateway.minorUnits(new BigDecimal("500.00"), "JPY")).contains(500L);
        assertThat(StripeGateway.minorUnits(new BigDecimal("500.50"), "JPY")).isEmpty();
    }

    private static ChargeRequest charge(String key, String amount, String currency, String token) {
        return new ChargeRequest(key, new BigDecimal(amount), currency, token, "card", "Order ORD-2026-000001",
                Map.of("order_id", "0199a1c2-0000-7000-8000-000000000001"));
    }

    private static String intent(String id, String status, String declineCode) {
        String error = declineCode == null ? "null" : """
                {"type":"card_error","code":"card_declined","decline_code":"%s","message":"Your card was declined."}"""
                .formatted(declineCode);
        return """
                {"id":"%s","object":"payment_intent","amount":1999,"amount_received":%d,"currency":"eur",
                 "status":"%s","client_secret":"%s_secret_abc","latest_charge":"ch_1","livemode":false,
                 "created":1764150000,"payment_method":"pm_card_visa","payment_method_types":["card"],
                 "last_payment_error":%s,"metadata":{"simadmin_attempt":"k"}}"""
                .formatted(id, "succeeded".equals(status) ? 1999 : 0, status, id, error);
    }

    private static String refund(String id, String status, String key) {
        return """
                {"id":"%s","object":"refund","amount":750,"currency":"eur","payment_intent":"pi_3Pok",
                 "status":"%s","reason":"requested_by_customer","created":1764150000,
                 "metadata":{"simadmin_attempt":"%s"}}""".formatted(id, status, key);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_stub").withBody(body);
    }
}
