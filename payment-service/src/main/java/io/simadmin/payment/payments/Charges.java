package io.simadmin.payment.payments;

import io.micrometer.core.instrument.MeterRegistry;
import io.simadmin.events.Actor;
import io.simadmin.events.payment.PaymentFailed;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.payment.Times;
import io.simadmin.payment.gateways.Attempt;
import io.simadmin.payment.gateways.ChargeRequest;
import io.simadmin.payment.gateways.GatewayAttempts;
import io.simadmin.payment.gateways.GatewayResponses;
import io.simadmin.payment.gateways.GatewayResult;
import io.simadmin.payment.gateways.Gateways;
import io.simadmin.payment.gateways.PaymentGateway;
import io.simadmin.payment.refunds.RefundPlan;
import io.simadmin.payment.refunds.Refunds;
import io.simadmin.payment.saga.KnownOrders;
import io.simadmin.payment.transactions.Transaction;
import io.simadmin.payment.transactions.TransactionRepository;
import io.simadmin.payment.transactions.TransactionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Charging a payment in three steps, so that no crash can charge twice or lose a charge:
 * <ol>
 *   <li>{@link #begin}: in the caller's transaction, the payment names its gateway and an attempt records the intent
 *       with its idempotency key; the caller commits;</li>
 *   <li>{@link #run}: the gateway is called outside any transaction;</li>
 *   <li>{@link #finish}: the answer, the payment's new status and its event commit together.</li>
 * </ol>
 * A crash between 2 and 3 leaves the attempt in flight; {@link PaymentReconciler} then asks the gateway what became
 * of that key and finishes it the same way.
 */
@Component
public class Charges {

    private static final Logger log = LoggerFactory.getLogger(Charges.class);

    private final TransactionRepository transactions;
    private final GatewayAttempts attempts;
    private final Gateways gateways;
    private final KnownOrders orders;
    private final Refunds refunds;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MeterRegistry meters;

    Charges(TransactionRepository transactions, GatewayAttempts attempts, Gateways gateways, KnownOrders orders,
            Refunds refunds, Outbox outbox, PlatformTransactionManager transactionManager, Clock clock,
            MeterRegistry meters) {
        this.transactions = transactions;
        this.attempts = attempts;
        this.gateways = gateways;
        this.orders = orders;
        this.refunds = refunds;
        this.outbox = outbox;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.meters = meters;
    }

    /** Step 1, in the caller's transaction: the payment must be pending and have no attempt in flight. */
    public PendingCharge begin(Transaction payment, PaymentGateway gateway, String paymentMethod, String token) {
        Instant now = Times.now(clock);
        payment.chargeWith(gateway.name(), paymentMethod, now);
        transactions.saveAndFlush(payment);
        Attempt attempt = attempts.begin(payment.id(), Attempt.Kind.CHARGE, gateway.name(), UuidV7.next(), now);
        return new PendingCharge(attempt, payment.id(), payment.transactionNumber(), payment.orderId(),
                payment.orderNumber(), payment.amount(), payment.currency(), paymentMethod, token);
    }

    /** Steps 2 and 3: must run after the transaction of {@link #begin} committed. */
    public void run(PendingCharge charge, Actor actor) {
        finish(charge.attempt(), call(charge), actor);
    }

    /** Step 2 alone (tests use it to stop where a crash would). */
    GatewayResult call(PendingCharge charge) {
        PaymentGateway gateway = gateways.require(charge.attempt().gateway());
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("transaction_id", charge.paymentId().toString());
        metadata.put("transaction_number", charge.transactionNumber());
        if (charge.orderId() != null) {
            metadata.put("order_id", charge.orderId().toString());
        }
        try {
            return gateway.charge(new ChargeRequest(charge.attempt().idempotencyKey(), charge.amount(),
                    charge.currency(), charge.token(), charge.paymentMethod(),
                    "Order " + (charge.orderNumber() != null ? charge.orderNumber() : charge.orderId()), metadata));
        } catch (RuntimeException e) {
            // A bug or an unexpected library error: we cannot tell whether the charge went through.
            log.error("charge {} failed unexpectedly; leaving it to the reconciler", charge.attempt().idempotencyKey(), e);
            return GatewayResult.unknown(null, PaymentFailed.GATEWAY_ERROR, e.getClass().getSimpleName());
        }
    }

    /**
     * Step 3: records the gateway's answer about a charge attempt, once. An unknown answer leaves the attempt in
     * flight; a completed payment of an order cancelled meanwhile is refunded at once.
     *
     * @return whether this call settled the attempt
     */
    public boolean finish(Attempt attempt, GatewayResult result, Actor actor) {
        if (!result.settled()) {
            attempts.noteUnknown(attempt.id(), result.reference(), result.failureCode(), result.message());
            meters.counter("simadmin.payments.charges", "gateway", attempt.gateway(), "outcome", "unknown").increment();
            return false;
        }
        Optional<RefundPlan> refund = tx.execute(status -> settle(attempt, result, actor));
        if (refund == null) {
            return false;
        }
        refund.ifPresent(plan -> refunds.run(plan, Actor.system()));
        return true;
    }

    /** @return null when someone else settled the attempt first; else the refund to make, if any */
    private Optional<RefundPlan> settle(Attempt attempt, GatewayResult result, Actor actor) {
        Instant now = Times.now(clock);
        Transaction payment = transactions.lock(attempt.transactionId()).orElseThrow();
        boolean succeeded = result.outcome() == GatewayResult.Outcome.SUCCEEDED;
        if (!attempts.resolve(attempt.id(), succeeded ? Attempt.State.SUCCEEDED : Attempt.State.FAILED,
                result.reference(), result.failureCode(), result.message(), now)) {
            if (succeeded) {
                // Only reachable when a reconciler gave up on an attempt whose call was still running.
                log.error("charge {} succeeded at {} after it had been settled otherwise; check payment {}",
                        attempt.idempotencyKey(), attempt.gateway(), payment.transactionNumber());
                meters.counter("simadmin.payments.late_results", "gateway", attempt.gateway()).increment();
            }
            return null;
        }
        if (payment.status() != TransactionStatus.PENDING) {
            throw new IllegalStateException("payment " + payment.transactionNumber() + " is " + payment.status()
                    + " while its attempt " + attempt.idempotencyKey() + " was in flight");
        }
        String response = GatewayResponses.json(result.response());
        meters.counter("simadmin.payments.charges", "gateway", attempt.gateway(), "outcome",
                succeeded ? "completed" : "failed").increment();
        if (!succeeded) {
            payment.fail(result.failureCode(), result.message(), result.reference(), response, now);
            transactions.saveAndFlush(payment);
            outbox.append(PaymentEvents.failed(payment, actor, now));
            return Optional.empty();
        }
        payment.complete(result.reference(), response, now);
        transactions.saveAndFlush(payment);
        outbox.append(PaymentEvents.completed(payment, actor, now));
        if (orders.isCancelled(payment.orderId())) {
            log.info("order {} was cancelled while its payment {} was being charged; refunding it",
                    payment.orderNumber(), payment.transactionNumber());
            return refunds.beginAutomatic(payment, "Order cancelled while its payment was being charged", now);
        }
        return Optional.empty();
    }
}
