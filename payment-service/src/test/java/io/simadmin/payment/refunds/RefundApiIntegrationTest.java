package io.simadmin.payment.refunds;

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
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/transactions/{id}/refund}: full and partial refunds, never more than what remains. */
@IntegrationTest
class RefundApiIntegrationTest {

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
    void partial_refunds_add_up_and_the_last_one_refunds_the_rest() {
        OrderPlaced order = paidOrder("50.00");
        UUID payment = paymentId(order);

        TestApi.Response first = refund(payment, "{\"amount\":\"20.00\",\"reason\":\"One SIM missing\"}");
        TestApi.Response second = refund(payment, "{\"amount\":\"20.00\",\"reason\":\"Late delivery\"}");
        TestApi.Response rest = refund(payment, "{\"reason\":\"Goodwill\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("type").asString()).isEqualTo("refund");
        assertThat(first.body().get("status").asString()).isEqualTo("completed");
        assertThat(first.body().get("parentId").asString()).isEqualTo(payment.toString());
        assertThat(first.body().get("reason").asString()).isEqualTo("One SIM missing");
        assertThat(second.body().get("amount").asString()).isEqualTo("20.00");
        assertThat(rest.status()).isEqualTo(201);
        assertThat(rest.body().get("amount").asString()).isEqualTo("10.00");
        assertThat(admin.get("/api/transactions/" + payment).get("refundedAmount").asString()).isEqualTo("50.00");
        assertThat(Outboxes.payloads(jdbc, "payment.refunded.v1", order.orderId()))
                .satisfiesExactly(
                        e -> assertThat(e).contains("\"refundedTotal\":\"20.00\"", "\"fullyRefunded\":false"),
                        e -> assertThat(e).contains("\"refundedTotal\":\"40.00\"", "\"fullyRefunded\":false"),
                        e -> assertThat(e).contains("\"amount\":\"10.00\"", "\"refundedTotal\":\"50.00\"",
                                "\"fullyRefunded\":true", "\"type\":\"admin\""));
    }

    @Test
    void more_than_what_remains_is_refused_with_422_and_nothing_is_stored_or_emitted() {
        OrderPlaced order = paidOrder("30.00");
        UUID payment = paymentId(order);
        refund(payment, "{\"amount\":\"25.00\",\"reason\":\"Partial\"}");

        TestApi.Response over = refund(payment, "{\"amount\":\"5.01\",\"reason\":\"Too much\"}");
        TestApi.Response negative = refund(payment, "{\"amount\":\"-1.00\",\"reason\":\"Negative\"}");
        TestApi.Response zero = refund(payment, "{\"amount\":\"0\",\"reason\":\"Nothing\"}");

        assertThat(over.status()).isEqualTo(422);
        assertThat(over.body().get("type").asString()).endsWith(":refund-exceeds-remaining");
        assertThat(over.body().get("refundable").asString()).isEqualTo("5.00");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(zero.status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from transactions where parent_id = ?", Integer.class,
                payment)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from payment_attempt a join transactions t on "
                + "t.id = a.transaction_id where t.parent_id = ?", Integer.class, payment)).isOne();
        assertThat(Outboxes.payloads(jdbc, "payment.refunded.v1", order.orderId())).hasSize(1);
    }

    @Test
    void only_completed_payments_are_refundable() {
        OrderPlaced pending = appOrder("12.00", null);
        saga.handle(envelope(pending));
        OrderPlaced declined = appOrder("12.00", SandboxGateway.DECLINE);
        saga.handle(envelope(declined));
        OrderPlaced paid = paidOrder("12.00");
        UUID refundId = UUID.fromString(refund(paymentId(paid), "{\"amount\":\"1.00\",\"reason\":\"x\"}")
                .body().get("id").asString());

        assertThat(refund(paymentId(pending), "{\"reason\":\"x\"}").status()).isEqualTo(409);
        assertThat(refund(paymentId(declined), "{\"reason\":\"x\"}").body().get("type").asString())
                .endsWith(":not-refundable");
        assertThat(refund(refundId, "{\"reason\":\"x\"}").status()).isEqualTo(409);
        assertThat(refund(UUID.randomUUID(), "{\"reason\":\"x\"}").status()).isEqualTo(404);
    }

    @Test
    void a_reason_is_required_and_amounts_have_two_decimals_at_most() {
        UUID payment = paymentId(paidOrder("12.00"));

        TestApi.Response noReason = refund(payment, "{\"amount\":\"1.00\"}");
        TestApi.Response tooPrecise = refund(payment, "{\"amount\":\"1.001\",\"reason\":\"x\"}");
        TestApi.Response unknownField = refund(payment, "{\"reason\":\"x\",\"status\":\"completed\"}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from transactions where parent_id = ?", Integer.class,
                payment)).isZero();
    }

    @Test
    void a_retry_with_the_same_idempotency_key_refunds_once() {
        OrderPlaced order = paidOrder("40.00");
        UUID payment = paymentId(order);
        String key = UUID.randomUUID().toString();

        TestApi.Response first = admin.post("/api/transactions/" + payment + "/refund/",
                "{\"amount\":\"15.00\",\"reason\":\"Retry-safe\"}", key);
        TestApi.Response again = admin.post("/api/transactions/" + payment + "/refund/",
                "{\"amount\":\"15.00\",\"reason\":\"Retry-safe\"}", key);
        TestApi.Response otherBody = admin.post("/api/transactions/" + payment + "/refund/",
                "{\"amount\":\"16.00\",\"reason\":\"Retry-safe\"}", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from transactions where parent_id = ?", Integer.class,
                payment)).isOne();
    }

    @Test
    void moderators_may_not_refund() {
        UUID payment = paymentId(paidOrder("12.00"));

        TestApi.Response refused = TestApi.moderator(port).post("/api/transactions/" + payment + "/refund",
                "{\"reason\":\"x\"}", null);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from transactions where parent_id = ?", Integer.class,
                payment)).isZero();
    }

    private TestApi.Response refund(UUID paymentId, String body) {
        return admin.post("/api/transactions/" + paymentId + "/refund", body, null);
    }

    private OrderPlaced paidOrder(String total) {
        OrderPlaced order = appOrder(total, SandboxGateway.VISA);
        saga.handle(envelope(order));
        return order;
    }

    private UUID paymentId(OrderPlaced order) {
        return jdbc.queryForObject("select id from transactions where order_id = ? and type = 'payment' "
                + "order by created_at desc limit 1", UUID.class, order.orderId());
    }
}
