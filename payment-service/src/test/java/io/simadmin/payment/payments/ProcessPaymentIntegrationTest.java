package io.simadmin.payment.payments;

import io.simadmin.events.order.OrderPlaced;
import io.simadmin.payment.Outboxes;
import io.simadmin.payment.TestApi;
import io.simadmin.payment.gateways.SandboxGateway;
import io.simadmin.payment.saga.OrderSaga;
import io.simadmin.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static io.simadmin.payment.PaymentFixtures.appOrder;
import static io.simadmin.payment.PaymentFixtures.envelope;
import static io.simadmin.payment.PaymentFixtures.resellerOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/payments/process} and {@code GET /api/payments/gateways} over HTTP. */
@IntegrationTest
class ProcessPaymentIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    OrderSaga saga;

    @Autowired
    JdbcTemplate jdbc;

    TestApi admin;

    @BeforeEach
    void connect() {
        admin = TestApi.admin(port);
    }

    @Test
    void charges_a_pending_app_order_and_a_retry_with_the_same_key_replays_the_answer_without_charging_again() {
        OrderPlaced order = pendingAppOrder("27.50");
        String key = UUID.randomUUID().toString();

        TestApi.Response first = admin.post("/api/payments/process/", body(order.orderId(), SandboxGateway.VISA), key);
        TestApi.Response again = admin.post("/api/payments/process/", body(order.orderId(), SandboxGateway.VISA), key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("status").asString()).isEqualTo("completed");
        assertThat(first.body().get("amount").asString()).isEqualTo("27.50");
        assertThat(first.body().get("gateway").asString()).isEqualTo("sandbox");
        assertThat(first.body().get("gatewayResponse").get("status").asString()).isEqualTo("succeeded");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject("select count(*) from sandbox_operation o join payment_attempt a "
                + "on a.idempotency_key = o.idempotency_key where a.transaction_id = ?", Integer.class,
                UUID.fromString(first.body().get("id").asString()))).isOne();
        assertThat(Outboxes.payloads(jdbc, "payment.completed.v1", order.orderId())).singleElement().asString()
                .contains("\"type\":\"admin\"");
    }

    @Test
    void without_an_idempotency_key_the_payment_is_refused_with_400_and_nothing_is_stored() {
        OrderPlaced order = pendingAppOrder("10.00");

        TestApi.Response refused = admin.post("/api/payments/process", body(order.orderId(), SandboxGateway.VISA), null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertNothingHappenedTo(order);
    }

    @Test
    void a_declined_card_answers_the_failed_payment_and_a_new_try_opens_a_new_transaction() {
        OrderPlaced order = pendingAppOrder("14.00");

        TestApi.Response declined = admin.post("/api/payments/process",
                body(order.orderId(), SandboxGateway.DECLINE), UUID.randomUUID().toString());
        TestApi.Response paid = admin.post("/api/payments/process",
                body(order.orderId(), SandboxGateway.VISA), UUID.randomUUID().toString());

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.body().get("status").asString()).isEqualTo("failed");
        assertThat(declined.body().get("failureCode").asString()).isEqualTo("card_declined");
        assertThat(paid.body().get("status").asString()).isEqualTo("completed");
        assertThat(paid.body().get("id")).isNotEqualTo(declined.body().get("id"));
        assertThat(Outboxes.types(jdbc, order.orderId()))
                .containsExactly("payment.failed.v1", "payment.completed.v1");
    }

    @Test
    void refuses_unknown_orders_reseller_orders_paid_orders_and_bad_input_without_storing_anything() {
        OrderPlaced paid = pendingAppOrder("11.00");
        admin.post("/api/payments/process", body(paid.orderId(), SandboxGateway.VISA), UUID.randomUUID().toString());
        OrderPlaced ofReseller = resellerOrder(UUID.randomUUID(), "20.00");
        saga.handle(envelope(ofReseller));
        OrderPlaced pending = pendingAppOrder("12.00");

        assertThat(process(UUID.randomUUID(), SandboxGateway.VISA).status()).isEqualTo(404);
        assertThat(process(ofReseller.orderId(), SandboxGateway.VISA).body().get("type").asString())
                .endsWith(":paid-by-credit");
        TestApi.Response again = process(paid.orderId(), SandboxGateway.VISA);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).endsWith(":already-paid");
        TestApi.Response unknownGateway = admin.post("/api/payments/process", """
                {"orderId":"%s","paymentMethod":"card","token":"tok_visa","gateway":"paypal"}"""
                .formatted(pending.orderId()), UUID.randomUUID().toString());
        assertThat(unknownGateway.status()).isEqualTo(400);
        TestApi.Response extraField = admin.post("/api/payments/process", """
                {"orderId":"%s","paymentMethod":"card","token":"tok_visa","amount":"0.01"}"""
                .formatted(pending.orderId()), UUID.randomUUID().toString());
        assertThat(extraField.status()).isEqualTo(400);
        TestApi.Response noToken = admin.post("/api/payments/process", """
                {"orderId":"%s","paymentMethod":"card"}""".formatted(pending.orderId()), UUID.randomUUID().toString());
        assertThat(noToken.status()).isEqualTo(400);

        assertNothingHappenedTo(pending);
        assertThat(Outboxes.types(jdbc, ofReseller.orderId())).isEmpty();
        assertThat(Outboxes.types(jdbc, paid.orderId())).containsExactly("payment.completed.v1");
    }

    @Test
    void lists_the_gateways_and_marks_the_sandbox_as_default() {
        var gateways = TestApi.moderator(port).get("/api/payments/gateways/");

        assertThat(gateways).hasSize(1);
        assertThat(gateways.get(0).get("name").asString()).isEqualTo("sandbox");
        assertThat(gateways.get(0).get("isDefault").asBoolean()).isTrue();
        assertThat(gateways.get(0).get("testTokens").toString()).contains("tok_visa", "tok_decline",
                "tok_insufficient_funds", "tok_timeout");
    }

    private TestApi.Response process(UUID orderId, String token) {
        return admin.post("/api/payments/process", body(orderId, token), UUID.randomUUID().toString());
    }

    private OrderPlaced pendingAppOrder(String total) {
        OrderPlaced order = appOrder(total, null);
        saga.handle(envelope(order));
        return order;
    }

    private void assertNothingHappenedTo(OrderPlaced order) {
        assertThat(jdbc.queryForList("select status from transactions where order_id = ?", String.class,
                order.orderId())).containsExactly("pending");
        assertThat(jdbc.queryForObject("select count(*) from payment_attempt a join transactions t "
                + "on t.id = a.transaction_id where t.order_id = ?", Integer.class, order.orderId())).isZero();
        assertThat(Outboxes.types(jdbc, order.orderId())).isEmpty();
    }

    private static String body(UUID orderId, String token) {
        return """
                {"orderId":"%s","paymentMethod":"card","token":"%s"}""".formatted(orderId, token);
    }
}
