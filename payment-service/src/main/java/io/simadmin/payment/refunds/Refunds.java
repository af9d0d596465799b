package io.simadmin.payment.refunds;

import io.micrometer.core.instrument.MeterRegistry;
import io.simadmin.events.Actor;
import io.simadmin.events.payment.PaymentFailed;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.payment.Money;
import io.simadmin.payment.Times;
import io.simadmin.payment.gateways.Attempt;
import io.simadmin.payment.gateways.GatewayAttempts;
import io.simadmin.payment.gateways.GatewayResponses;
import io.simadmin.payment.gateways.GatewayResult;
import io.simadmin.payment.gateways.Gateways;
import io.simadmin.payment.payments.PaymentEvents;
import io.simadmin.payment.transactions.Transaction;
import io.simadmin.payment.transactions.TransactionNumbers;
import io.simadmin.payment.transactions.TransactionRepository;
import io.simadmin.payment.transactions.TransactionStatus;
import io.simadmin.payment.transactions.TransactionType;
import io.simadmin.web.problem.ApiException;
import io.simadmin.web.problem.ConflictException;
import io.simadmin.web.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Refunds in the same three steps as charges: the refund transaction and its attempt commit first (under the
 * payment's row lock, so two refunds can never together exceed the payment), the gateway is called outside any
 * transaction, then the answer and {@code PaymentRefunded} commit together.
 */
@Component
public class Refunds {

    private static final Logger log = LoggerFactory.getLogger(Refunds.class);

    private final TransactionRepository transactions;
    private final TransactionNumbers numbers;
    private final GatewayAttempts attempts;
    private final Gateways gateways;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MeterRegistry meters;

    Refunds(TransactionRepository transactions, TransactionNumbers numbers, GatewayAttempts attempts,
            Gateways gateways, Outbox outbox, PlatformTransactionManager transactionManager, Clock clock,
            MeterRegistry meters) {
        this.transactions = transactions;
        this.numbers = numbers;
        this.attempts = attempts;
        this.gateways = gateways;
        this.outbox = outbox;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * An admin's refund: checked and recorded (nothing is stored when it is refused), then made.
     *
     * @return the refund transaction's id
     */
    public UUID refund(UUID paymentId, RefundRequest request, Actor actor) {
        RefundPlan plan = tx.execute(status -> begin(paymentId, request.amount(), request.reason().trim(),
                Times.now(clock)));
        run(plan, actor);
        return plan.refundId();
    }

    /**
     * The automatic refund of a cancelled order: whatever remains refundable. Runs in the caller's transaction,
     * which must hold {@code payment}'s row lock.
     */
    public Optional<RefundPlan> beginAutomatic(Transaction payment, String reason, Instant now) {
        BigDecimal remaining = payment.amount().subtract(transactions.committedRefunds(payment.id()));
        if (remaining.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(record(payment, remaining, reason, now));
    }

    /** Calls the gateway and records its answer: after the plan's transaction committed. */
    public void run(RefundPlan plan, Actor actor) {
        GatewayResult result;
        try {
            result = gateways.require(plan.attempt().gateway()).refund(request(plan));
        } catch (RuntimeException e) {
            log.error("refund {} failed unexpectedly; leaving it to the reconciler", plan.attempt().idempotencyKey(), e);
            result = GatewayResult.unknown(null, PaymentFailed.GATEWAY_ERROR, e.getClass().getSimpleName());
        }
        finish(plan.attempt(), result, actor);
    }

    /** The gateway request of a refund, the same on every retry (same key, same amount). */
    public io.simadmin.payment.gateways.RefundRequest request(RefundPlan plan) {
        return new io.simadmin.payment.gateways.RefundRequest(plan.attempt().idempotencyKey(), plan.paymentReference(),
                plan.amount(), plan.currency(), plan.reason(), Map.of("refund_transaction_id", plan.refundId().toString(),
                "payment_transaction_id", plan.paymentId().toString()));
    }

    /** Rebuilds the plan of a refund attempt, for the reconciler. */
    public RefundPlan planOf(Attempt attempt) {
        Transaction refund = transactions.findById(attempt.transactionId()).orElseThrow();
        Transaction payment = transactions.findById(refund.parentId()).orElseThrow();
        return new RefundPlan(attempt, refund.id(), payment.id(), payment.gatewayTransactionId(), refund.amount(),
                refund.currency(), refund.reason());
    }

    /**
     * Records the gateway's answer about a refund attempt, once. Unknown answers leave it in flight.
     *
     * @return whether this call settled the attempt
     */
    public boolean finish(Attempt attempt, GatewayResult result, Actor actor) {
        if (!result.settled()) {
            attempts.noteUnknown(attempt.id(), result.reference(), result.failureCode(), result.message());
            meters.counter("simadmin.payments.refunds", "gateway", attempt.gateway(), "outcome", "unknown").increment();
            return false;
        }
        return Boolean.TRUE.equals(tx.execute(status -> settle(attempt, result, actor)));
    }

    private boolean settle(Attempt attempt, GatewayResult result, Actor actor) {
        Instant now = Times.now(clock);
        UUID paymentId = transactions.parentOf(attempt.transactionId()).orElseThrow();
        // Payment first, as begin() locks it: the same order everywhere, so no deadlock.
        Transaction payment = transactions.lock(paymentId).orElseThrow();
        Transaction refund = transactions.lock(attempt.transactionId()).orElseThrow();
        boolean succeeded = result.outcome() == GatewayResult.Outcome.SUCCEEDED;
        if (!attempts.resolve(attempt.id(), succeeded ? Attempt.State.SUCCEEDED : Attempt.State.FAILED,
                result.reference(), result.failureCode(), result.message(), now)) {
            return false;
        }
        String response = GatewayResponses.json(result.response());
        meters.counter("simadmin.payments.refunds", "gateway", attempt.gateway(), "outcome",
                succeeded ? "completed" : "failed").increment();
        if (!succeeded) {
            log.warn("refund {} of payment {} failed at {}: {}", refund.transactionNumber(),
                    payment.transactionNumber(), attempt.gateway(), result.message());
            refund.fail(result.failureCode(), result.message(), result.reference(), response, now);
            transactions.saveAndFlush(refund);
            return true;
        }
        refund.complete(result.reference(), response, now);
        transactions.saveAndFlush(refund);
        BigDecimal refundedTotal = transactions.completedRefunds(payment.id());
        outbox.append(PaymentEvents.refunded(refund, payment, refundedTotal, actor, now));
        return true;
    }

    private RefundPlan begin(UUID paymentId, BigDecimal requested, String reason, Instant now) {
        Transaction payment = transactions.lock(paymentId).orElseThrow(() -> new NotFoundException("transaction",
                paymentId));
        if (payment.type() != TransactionType.PAYMENT) {
            throw new ConflictException("not-refundable", "Not refundable", "Only payments can be refunded; "
                    + payment.transactionNumber() + " is a " + payment.type().value() + ".",
                    Map.of("type", payment.type().value()));
        }
        if (payment.status() != TransactionStatus.COMPLETED) {
            throw new ConflictException("not-refundable", "Not refundable", "Only completed payments can be "
                    + "refunded; " + payment.transactionNumber() + " is " + payment.status().value() + ".",
                    Map.of("status", payment.status().value()));
        }
        BigDecimal remaining = payment.amount().subtract(transactions.committedRefunds(paymentId));
        BigDecimal amount = requested == null ? remaining : Money.exact(requested).orElse(requested);
        if (amount.signum() <= 0) {
            throw unprocessable("invalid-refund-amount", "Invalid refund amount", remaining.signum() <= 0
                    ? "Payment " + payment.transactionNumber() + " is already fully refunded."
                    : "A refund must be a positive amount.", remaining);
        }
        if (amount.compareTo(remaining) > 0) {
            throw unprocessable("refund-exceeds-remaining", "Refund exceeds what remains",
                    "At most " + remaining.toPlainString() + " " + payment.currency() + " of payment "
                            + payment.transactionNumber() + " can still be refunded.", remaining);
        }
        return record(payment, amount, reason, now);
    }

    private RefundPlan record(Transaction payment, BigDecimal amount, String reason, Instant now) {
        Transaction refund = Transaction.pendingRefund(UuidV7.next(), numbers.next(now), payment, amount, reason, now);
        transactions.saveAndFlush(refund);
        Attempt attempt = attempts.begin(refund.id(), Attempt.Kind.REFUND, payment.gateway(), UuidV7.next(), now);
        return new RefundPlan(attempt, refund.id(), payment.id(), payment.gatewayTransactionId(), amount,
                payment.currency(), reason);
    }

    private static ApiException unprocessable(String slug, String title, String detail, BigDecimal remaining) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, detail,
                Map.of("refundable", remaining.max(Money.ZERO).setScale(2).toPlainString()));
    }
}
