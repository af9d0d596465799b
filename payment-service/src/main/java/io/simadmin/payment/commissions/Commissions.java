package io.simadmin.payment.commissions;

import io.micrometer.core.instrument.MeterRegistry;
import io.simadmin.events.Actor;
import io.simadmin.events.payment.CommissionAccrued;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.payment.Times;
import io.simadmin.payment.saga.KnownOrder;
import io.simadmin.payment.saga.KnownOrders;
import io.simadmin.payment.transactions.OrderRef;
import io.simadmin.payment.transactions.Transaction;
import io.simadmin.payment.transactions.TransactionNumbers;
import io.simadmin.payment.transactions.TransactionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A reseller's commission on its delivered orders (README, "Commissions"): total × the reseller's commission rate /
 * 100, rounded half-up to cents, with the rate known when the order is delivered; once per order; a zero commission
 * books nothing. When the rate is not known yet (the reseller's event not seen), the order waits and is settled as
 * soon as it is. Runs inside the consuming event's transaction.
 */
@Component
public class Commissions {

    static final String WAITING = "waiting";
    static final String ACCRUED = "accrued";
    static final String SKIPPED = "skipped";

    private static final Logger log = LoggerFactory.getLogger(Commissions.class);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final KnownOrders orders;
    private final ResellerRates rates;
    private final TransactionRepository transactions;
    private final TransactionNumbers numbers;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry meters;

    Commissions(KnownOrders orders, ResellerRates rates, TransactionRepository transactions,
                TransactionNumbers numbers, Outbox outbox, Clock clock, MeterRegistry meters) {
        this.orders = orders;
        this.rates = rates;
        this.transactions = transactions;
        this.numbers = numbers;
        this.outbox = outbox;
        this.clock = clock;
        this.meters = meters;
    }

    /** Accrues the order's commission if it is a delivered reseller order that has none yet. */
    public void accrueIfDue(UUID orderId) {
        Optional<KnownOrder> locked = orders.lock(orderId);
        if (locked.isEmpty()) {
            return;
        }
        KnownOrder order = locked.get();
        if (!order.reseller() || !order.delivered() || order.cancelled()
                || ACCRUED.equals(order.commissionState()) || SKIPPED.equals(order.commissionState())) {
            return;
        }
        if (order.total() == null || order.resellerId() == null) {
            log.warn("order {} was delivered but has no usable total or reseller; no commission", order.orderNumber());
            orders.setCommissionState(orderId, SKIPPED);
            return;
        }
        Optional<BigDecimal> rate = rates.rateOf(order.resellerId());
        if (rate.isEmpty()) {
            log.info("order {} delivered; commission waits for reseller {}'s rate", order.orderNumber(),
                    order.resellerId());
            orders.setCommissionState(orderId, WAITING);
            return;
        }
        BigDecimal amount = order.total().multiply(rate.get()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        if (amount.signum() <= 0) {
            orders.setCommissionState(orderId, SKIPPED);
            return;
        }
        Instant now = Times.now(clock);
        transactions.saveAndFlush(Transaction.commission(UuidV7.next(), numbers.next(now),
                new OrderRef(order.orderId(), order.orderNumber(), null, order.resellerId()), amount, order.currency(),
                "Commission of " + rate.get().stripTrailingZeros().toPlainString() + "% on order "
                        + (order.orderNumber() != null ? order.orderNumber() : order.orderId()), now));
        outbox.append(new CommissionAccrued(order.orderId(), order.resellerId(), amount, order.currency(),
                Actor.system(), now));
        orders.setCommissionState(orderId, ACCRUED);
        meters.counter("simadmin.payments.commissions").increment();
    }

    /** A reseller's rate arrived or changed: orders that waited for it get their commission now. */
    public void rateKnown(UUID resellerId) {
        for (UUID orderId : orders.waitingForRate(resellerId)) {
            accrueIfDue(orderId);
        }
    }
}
