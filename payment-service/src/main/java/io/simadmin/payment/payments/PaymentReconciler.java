package io.simadmin.payment.payments;

import io.micrometer.core.instrument.MeterRegistry;
import io.simadmin.events.Actor;
import io.simadmin.events.payment.PaymentFailed;
import io.simadmin.payment.Times;
import io.simadmin.payment.gateways.Attempt;
import io.simadmin.payment.gateways.GatewayAttempts;
import io.simadmin.payment.gateways.GatewayResult;
import io.simadmin.payment.gateways.Gateways;
import io.simadmin.payment.gateways.PaymentGateway;
import io.simadmin.payment.refunds.RefundPlan;
import io.simadmin.payment.refunds.Refunds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finishes gateway calls whose answer was lost (a crash between the call and the commit, a timeout, an outage). It
 * asks the gateway by the attempt's reference or idempotency key, never by charging again:
 * <ul>
 *   <li>charge found → completed or failed as the gateway says;</li>
 *   <li>charge not found → it never reached the gateway: failed, nothing was captured (the buyer may try again);</li>
 *   <li>refund found → as the gateway says; not found → the refund is sent again under the same key, which the
 *       gateway deduplicates, so money goes back once;</li>
 *   <li>no answer → asked again next run.</li>
 * </ul>
 */
@Component
public class PaymentReconciler {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciler.class);

    private final GatewayAttempts attempts;
    private final Gateways gateways;
    private final Charges charges;
    private final Refunds refunds;
    private final ReconcilerProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    PaymentReconciler(GatewayAttempts attempts, Gateways gateways, Charges charges, Refunds refunds,
                      ReconcilerProperties properties, Clock clock, MeterRegistry meters) {
        this.attempts = attempts;
        this.gateways = gateways;
        this.charges = charges;
        this.refunds = refunds;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /** One run: every attempt in flight for longer than the grace period. @return how many were settled */
    public int reconcileDue() {
        Instant now = Times.now(clock);
        List<Attempt> due = attempts.claimDue(now.minus(properties.grace()), now, properties.interval(),
                properties.batchSize());
        int settled = 0;
        for (Attempt attempt : due) {
            try {
                if (reconcile(attempt)) {
                    settled++;
                }
            } catch (RuntimeException e) {
                log.error("could not reconcile attempt {} ({})", attempt.idempotencyKey(), attempt.gateway(), e);
            }
        }
        return settled;
    }

    /** Reconciles one attempt now, whatever its age (tests; an operator's manual nudge). */
    public boolean reconcile(UUID attemptId) {
        return attempts.find(attemptId).filter(Attempt::inFlight).map(this::reconcile).orElse(false);
    }

    private boolean reconcile(Attempt attempt) {
        PaymentGateway gateway = gateways.require(attempt.gateway());
        boolean settled = attempt.kind() == Attempt.Kind.CHARGE ? reconcileCharge(gateway, attempt)
                : reconcileRefund(gateway, attempt);
        meters.counter("simadmin.payments.reconciled", "kind", attempt.kind().name().toLowerCase(),
                "outcome", settled ? "settled" : "still_unknown").increment();
        return settled;
    }

    private boolean reconcileCharge(PaymentGateway gateway, Attempt attempt) {
        GatewayResult found = gateway.lookupCharge(attempt.idempotencyKey(), attempt.gatewayReference());
        if (found.outcome() == GatewayResult.Outcome.NOT_FOUND) {
            String code = attempt.failureCode() != null ? attempt.failureCode() : PaymentFailed.GATEWAY_ERROR;
            log.info("charge {} never reached {}; marking it failed ({})", attempt.idempotencyKey(), gateway.name(),
                    code);
            found = GatewayResult.failed(null, code, PaymentFailed.GATEWAY_TIMEOUT.equals(code)
                    ? "The gateway did not answer in time; nothing was charged."
                    : "The charge never reached the gateway; nothing was charged.",
                    Map.of("gateway", gateway.name(), "reconciled", true));
        }
        return charges.finish(attempt, found, Actor.system());
    }

    private boolean reconcileRefund(PaymentGateway gateway, Attempt attempt) {
        RefundPlan plan = refunds.planOf(attempt);
        GatewayResult found = gateway.lookupRefund(attempt.idempotencyKey(), attempt.gatewayReference(),
                plan.paymentReference());
        if (found.outcome() == GatewayResult.Outcome.NOT_FOUND) {
            // The money has to go back: the same key makes a second delivery of this request harmless.
            log.info("refund {} never reached {}; sending it again under the same key", attempt.idempotencyKey(),
                    gateway.name());
            found = gateway.refund(refunds.request(plan));
        }
        return refunds.finish(attempt, found, Actor.system());
    }
}
