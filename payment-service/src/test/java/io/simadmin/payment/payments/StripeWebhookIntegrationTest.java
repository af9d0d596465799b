package io.simadmin.payment.payments;

import com.stripe.Stripe;
import com.stripe.net.Webhook;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.payment.Outboxes;
import io.simadmin.payment.gateways.Attempt;
import io.simadmin.payment.gateways.GatewayAttempts;
import io.simadmin.payment.saga.OrderSaga;
import io.simadmin.payment.transactions.Transaction;
import io.simadmin.payment.transactions.TransactionRepository;
import io.simadmin.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static io.simadmin.payment.PaymentFixtures.appOrder;
import static io.simadmin.payment.PaymentFixtures.envelope;
import static org.assertj.core.api.Assertions.assertThat;

/** Stripe's webhooks: open without a token, but only with a valid Stripe-Signature. */
@IntegrationTest
class StripeWebhookIntegrationTest {

    static final String SECRET = "whsec_test_simadmin_payments";

    @LocalServerPort
    int port;

    @Autowired
    OrderSaga saga;

    @Autowired
    GatewayAttempts attempts;

    @Autowired
    TransactionRepository transactions;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_signed_payment_intent_succeeded_event_settles_the_charge_it_is_about() throws Exception {
        OrderPlaced order = appOrder("21.00", null);
        saga.handle(envelope(order));
        String intentId = "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Attempt attempt = stripeChargeInFlight(order, intentId);

        HttpResponse<String> response = send(event("payment_intent.succeeded", intentId, "succeeded", attempt),
                true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"settled\":true");
        assertThat(jdbc.queryForMap("select status, gateway_transaction_id from transactions where order_id = ? "
                + "and type = 'payment'", order.orderId()))
                .containsEntry("status", "completed").containsEntry("gateway_transaction_id", intentId);
        assertThat(Outboxes.payloads(jdbc, "payment.completed.v1", order.orderId())).singleElement().asString()
                .contains("\"gateway\":\"stripe\"", "\"gatewayReference\":\"" + intentId + "\"");

        HttpResponse<String> redelivered = send(event("payment_intent.succeeded", intentId, "succeeded", attempt),
                true);
        assertThat(redelivered.statusCode()).isEqualTo(200);
        assertThat(redelivered.body()).contains("\"settled\":false");
        assertThat(Outboxes.payloads(jdbc, "payment.completed.v1", order.orderId())).hasSize(1);
    }

    @Test
    void a_bad_or_missing_signature_is_refused_with_400_and_changes_nothing() throws Exception {
        OrderPlaced order = appOrder("22.00", null);
        saga.handle(envelope(order));
        String intentId = "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Attempt attempt = stripeChargeInFlight(order, intentId);
        String payload = event("payment_intent.succeeded", intentId, "succeeded", attempt);

        HttpResponse<String> forged = send(payload, false);
        HttpResponse<String> unsigned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(webhookUri())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(payload)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(forged.body()).contains("invalid-signature");
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select status from transactions where order_id = ? and type = 'payment'",
                String.class, order.orderId())).isEqualTo("pending");
        assertThat(attempts.find(attempt.id()).orElseThrow().inFlight()).isTrue();
    }

    @Test
    void a_signed_event_about_nothing_of_ours_is_acknowledged_and_ignored() throws Exception {
        HttpResponse<String> response = send("""
                {"id":"evt_1","object":"event","api_version":"%s","created":%d,"type":"customer.created",
                 "data":{"object":{"id":"cus_1","object":"customer"}},"livemode":false,"pending_webhooks":1,
                 "request":{"id":null,"idempotency_key":null}}""".formatted(Stripe.API_VERSION,
                Instant.now().getEpochSecond()), true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"received\":true", "\"settled\":false");
    }

    /** A charge through Stripe whose answer is still unknown (Stripe said "processing"). */
    private Attempt stripeChargeInFlight(OrderPlaced order, String intentId) {
        Attempt attempt = new TransactionTemplate(transactionManager).execute(status -> {
            UUID paymentId = transactions.idsOfOrder(order.orderId(),
                    io.simadmin.payment.transactions.TransactionType.PAYMENT).getFirst();
            Transaction payment = transactions.lock(paymentId).orElseThrow();
            Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            payment.chargeWith("stripe", "card", now);
            transactions.saveAndFlush(payment);
            return attempts.begin(payment.id(), Attempt.Kind.CHARGE, "stripe", UuidV7.next(), now);
        });
        attempts.noteUnknown(attempt.id(), intentId, null, "Stripe reports the payment as processing.");
        return attempt;
    }

    private static String event(String type, String intentId, String status, Attempt attempt) {
        return """
                {"id":"evt_%s","object":"event","api_version":"%s","created":%d,"type":"%s","livemode":false,
                 "pending_webhooks":1,"request":{"id":"req_1","idempotency_key":"%s"},
                 "data":{"object":{"id":"%s","object":"payment_intent","amount":2100,"amount_received":2100,
                   "currency":"eur","status":"%s","latest_charge":"ch_1","livemode":false,
                   "metadata":{"simadmin_attempt":"%s"}}}}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), Stripe.API_VERSION,
                        Instant.now().getEpochSecond(), type, attempt.idempotencyKey(), intentId, status,
                        attempt.idempotencyKey());
    }

    private HttpResponse<String> send(String payload, boolean validSignature) throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        String signature = Webhook.Util.computeHmacSha256(validSignature ? SECRET : "whsec_wrong",
                timestamp + "." + payload);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(webhookUri())
                        .header("Content-Type", "application/json")
                        .header("Stripe-Signature", "t=" + timestamp + ",v1=" + signature)
                        .POST(HttpRequest.BodyPublishers.ofString(payload)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI webhookUri() {
        return URI.create("http://localhost:" + port + "/api/payments/webhooks/stripe");
    }
}
