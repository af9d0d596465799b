package io.simadmin.payment.payments;

import io.simadmin.events.Actor;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.payment.Outboxes;
import io.simadmin.payment.gateways.Attempt;
import io.simadmin.payment.gateways.GatewayAttempts;
import io.simadmin.payment.gateways.GatewayResult;
import io.simadmin.payment.gateways.Gateways;
import io.simadmin.payment.gateways.SandboxGateway;
import io.simadmin.payment.refunds.RefundPlan;
import io.simadmin.payment.refunds.Refunds;
import io.simadmin.payment.saga.OrderSaga;
import io.simadmin.payment.transactions.Transaction;
import io.simadmin.payment.transactions.TransactionRepository;
import io.simadmin.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.simadmin.payment.PaymentFixtures.appOrder;
import static io.simadmin.payment.PaymentFixtures.envelope;
import static io.simadmin.payment.PaymentFixtures.moved;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety: the intent commits before the gateway is called, and whatever happens after the call (a crash
 * before the result is committed, a timeout, a cancellation meanwhile) ends with the money moved exactly once and
 * exactly one event telling so. A "crash" here is the process stopping where it would: the test makes the first
 * steps itself and skips the rest.
 */
@IntegrationTest
class ChargeRecoveryIntegrationTest {

    @Autowired
    OrderSaga saga;

    @Autowired
    Charges charges;

    @Autowired
    Refunds refunds;

    @Autowired
    PaymentReconciler reconciler;

    @Autowired
    GatewayAttempts attempts;

    @Autowired
    Gateways gateways;

    @Autowired
    SandboxGateway sandbox;

    @Autowired
    TransactionRepository transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_crash_between_the_charge_and_its_commit_is_completed_by_the_reconciler_without_charging_twice() {
        OrderPlaced order = pendingAppOrder("45.00");
        PendingCharge charge = beginCharge(order, SandboxGateway.VISA);

        GatewayResult charged = charges.call(charge);
        assertThat(charged.outcome()).isEqualTo(GatewayResult.Outcome.SUCCEEDED);
        // ... and the process dies here: the answer is never committed.
        assertThat(payment(order)).containsEntry("status", "pending");
        assertThat(attempts.find(charge.attempt().id()).orElseThrow().inFlight()).isTrue();
        assertThat(Outboxes.types(jdbc, order.orderId())).isEmpty();

        assertThat(reconciler.reconcile(charge.attempt().id())).isTrue();
        assertThat(reconciler.reconcile(charge.attempt().id())).as("a second run finds nothing to do").isFalse();

        assertThat(payment(order)).containsEntry("status", "completed")
                .containsEntry("gateway_transaction_id", charged.reference());
        assertThat(Outboxes.payloads(jdbc, "payment.completed.v1", order.orderId())).singleElement().asString()
                .contains("\"gatewayReference\":\"" + charged.reference() + "\"", "\"type\":\"system\"");
        assertThat(sandbox.operationsUnder(charge.attempt().idempotencyKey())).isOne();
    }

    @Test
    void a_crash_before_the_gateway_was_reached_fails_the_payment_and_charges_nothing() {
        OrderPlaced order = pendingAppOrder("45.00");
        PendingCharge charge = beginCharge(order, SandboxGateway.VISA);
        // The process dies before calling the gateway.

        assertThat(reconciler.reconcile(charge.attempt().id())).isTrue();

        assertThat(payment(order)).containsEntry("status", "failed").containsEntry("failure_code", "gateway_error");
        assertThat(Outboxes.payloads(jdbc, "payment.failed.v1", order.orderId())).singleElement().asString()
                .contains("\"reasonCode\":\"gateway_error\"", "nothing was charged");
        assertThat(sandbox.operationsUnder(charge.attempt().idempotencyKey())).isZero();
    }

    @Test
    void a_gateway_timeout_stays_pending_until_the_reconciler_finds_nothing_was_charged() {
        OrderPlaced order = appOrder("18.00", SandboxGateway.TIMEOUT);

        saga.handle(envelope(order));

        Map<String, Object> payment = payment(order);
        assertThat(payment).containsEntry("status", "pending");
        Attempt attempt = attempts.inFlightOf((UUID) payment.get("id")).orElseThrow();
        assertThat(attempt.failureCode()).isEqualTo("gateway_timeout");
        assertThat(Outboxes.types(jdbc, order.orderId())).isEmpty();

        reconciler.reconcile(attempt.id());

        assertThat(payment(order)).containsEntry("status", "failed").containsEntry("failure_code", "gateway_timeout");
        assertThat(Outboxes.payloads(jdbc, "payment.failed.v1", order.orderId())).singleElement().asString()
                .contains("\"reasonCode\":\"gateway_timeout\"");
    }

    @Test
    void a_scheduled_run_settles_the_attempts_left_in_flight() {
        OrderPlaced order = pendingAppOrder("9.00");
        PendingCharge charge = beginCharge(order, SandboxGateway.DECLINE);
        charges.call(charge);

        int settled = reconciler.reconcileDue();

        assertThat(settled).isGreaterThanOrEqualTo(1);
        assertThat(payment(order)).containsEntry("status", "failed").containsEntry("failure_code", "card_declined");
        assertThat(sandbox.operationsUnder(charge.attempt().idempotencyKey())).isOne();
    }

    @Test
    void a_cancellation_seen_while_the_charge_is_in_flight_is_refunded_once_the_charge_completes() {
        OrderPlaced order = pendingAppOrder("33.00");
        PendingCharge charge = beginCharge(order, SandboxGateway.VISA);
        GatewayResult charged = charges.call(charge);

        saga.handle(envelope(moved(order, "pending", "cancelled")));
        assertThat(payment(order)).as("still being charged: not cancelled, not refunded yet")
                .containsEntry("status", "pending");
        assertThat(jdbc.queryForObject("select count(*) from transactions where order_id = ? and type = 'refund'",
                Integer.class, order.orderId())).isZero();

        assertThat(charges.finish(charge.attempt(), charged, Actor.system())).isTrue();

        assertThat(payment(order)).containsEntry("status", "completed");
        assertThat(Outboxes.types(jdbc, order.orderId()))
                .containsExactly("payment.completed.v1", "payment.refunded.v1");
        assertThat(Outboxes.payloads(jdbc, "payment.refunded.v1", order.orderId())).singleElement().asString()
                .contains("\"amount\":\"33.00\"", "\"fullyRefunded\":true");
    }

    @Test
    void a_refund_whose_answer_was_lost_is_sent_again_under_the_same_key_and_refunds_once() {
        OrderPlaced order = appOrder("70.00", SandboxGateway.VISA);
        saga.handle(envelope(order));
        UUID paymentId = (UUID) payment(order).get("id");
        RefundPlan plan = new TransactionTemplate(transactionManager).execute(status -> refunds.beginAutomatic(
                transactions.lock(paymentId).orElseThrow(), "Order cancelled", Instant.now()).orElseThrow());
        // The process dies before calling the gateway; the reconciler sends the refund itself.

        assertThat(reconciler.reconcile(plan.attempt().id())).isTrue();
        // A late first call with the same key changes nothing at the gateway.
        assertThat(gateways.require("sandbox").refund(refunds.request(plan)).outcome())
                .isEqualTo(GatewayResult.Outcome.SUCCEEDED);

        assertThat(sandbox.operationsUnder(plan.attempt().idempotencyKey())).isOne();
        assertThat(jdbc.queryForObject("select status from transactions where id = ?", String.class, plan.refundId()))
                .isEqualTo("completed");
        assertThat(Outboxes.payloads(jdbc, "payment.refunded.v1", order.orderId())).hasSize(1);
    }

    private OrderPlaced pendingAppOrder(String total) {
        OrderPlaced order = appOrder(total, null);
        saga.handle(envelope(order));
        return order;
    }

    /** Step 1 of a charge, committed: what a process has done when it dies right after. */
    private PendingCharge beginCharge(OrderPlaced order, String token) {
        UUID paymentId = (UUID) payment(order).get("id");
        return new TransactionTemplate(transactionManager).execute(status -> {
            Transaction payment = transactions.lock(paymentId).orElseThrow();
            return charges.begin(payment, gateways.choose("sandbox"), "card", token);
        });
    }

    private Map<String, Object> payment(OrderPlaced order) {
        return jdbc.queryForMap("select * from transactions where order_id = ? and type = 'payment'",
                order.orderId());
    }
}
