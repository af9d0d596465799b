package io.simadmin.payment.saga;

import io.simadmin.events.Actor;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;
import io.simadmin.events.reseller.ResellerCreditReleased;
import io.simadmin.events.reseller.ResellerCreditReserved;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerUpdated;
import io.simadmin.messaging.consumer.AfterCommit;
import io.simadmin.messaging.consumer.IdempotentConsumer;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.payment.Money;
import io.simadmin.payment.Times;
import io.simadmin.payment.commissions.Commissions;
import io.simadmin.payment.commissions.CreditBookings;
import io.simadmin.payment.commissions.ResellerRates;
import io.simadmin.payment.gateways.GatewayAttempts;
import io.simadmin.payment.gateways.Gateways;
import io.simadmin.payment.payments.Charges;
import io.simadmin.payment.payments.PendingCharge;
import io.simadmin.payment.refunds.RefundPlan;
import io.simadmin.payment.refunds.Refunds;
import io.simadmin.payment.transactions.OrderRef;
import io.simadmin.payment.transactions.Transaction;
import io.simadmin.payment.transactions.TransactionNumbers;
import io.simadmin.payment.transactions.TransactionRepository;
import io.simadmin.payment.transactions.TransactionStatus;
import io.simadmin.payment.transactions.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * payment-service's side of the order saga (README, "Saga"). Each event is applied once per consumer name
 * ({@link IdempotentConsumer}), an OrderPlaced once per order ({@link KnownOrders#remember}); its database effect and
 * outbound events commit together, and the gateway calls it starts are made after that commit ({@link AfterCommit}:
 * after the batch's commit when the listener applies a batch):
 * <ul>
 *   <li>OrderPlaced, app order: a pending payment; with a payment token, charged at once through the default
 *       gateway. Reseller orders are remembered (their commission comes at delivery).</li>
 *   <li>OrderStatusChanged to cancelled: a pending payment is cancelled; a completed one is refunded in full; one
 *       being charged is refunded as soon as the charge completes.</li>
 *   <li>OrderStatusChanged to delivered (or activated): the reseller's commission.</li>
 *   <li>ResellerRegistered/Updated: the commission rate; ResellerCreditReserved/Released: credit bookings.</li>
 * </ul>
 */
@Component
public class OrderSaga {

    static final String STATUS = "payment.order-status";
    static final String RATES = "payment.reseller-rates";
    static final String CREDIT = "payment.reseller-credit";

    private static final Logger log = LoggerFactory.getLogger(OrderSaga.class);
    private static final Set<String> DELIVERED = Set.of("delivered", "activated");

    private final IdempotentConsumer idempotentConsumer;
    private final KnownOrders orders;
    private final TransactionRepository transactions;
    private final TransactionNumbers numbers;
    private final GatewayAttempts attempts;
    private final Gateways gateways;
    private final Charges charges;
    private final Refunds refunds;
    private final Commissions commissions;
    private final ResellerRates rates;
    private final CreditBookings credits;
    private final Clock clock;
    private final TransactionTemplate tx;

    OrderSaga(IdempotentConsumer idempotentConsumer, KnownOrders orders, TransactionRepository transactions,
              TransactionNumbers numbers, GatewayAttempts attempts, Gateways gateways, Charges charges,
              Refunds refunds, Commissions commissions, ResellerRates rates, CreditBookings credits, Clock clock,
              TransactionTemplate tx) {
        this.idempotentConsumer = idempotentConsumer;
        this.orders = orders;
        this.transactions = transactions;
        this.numbers = numbers;
        this.attempts = attempts;
        this.gateways = gateways;
        this.charges = charges;
        this.refunds = refunds;
        this.commissions = commissions;
        this.rates = rates;
        this.credits = credits;
        this.clock = clock;
        this.tx = tx;
    }

    /** @return whether the event changed anything here (false for others' events and repeats) */
    public boolean handle(EventEnvelope event) {
        return switch (event.payload()) {
            case OrderPlaced placed -> orderPlaced(placed);
            case OrderStatusChanged changed -> statusChanged(event, changed);
            case ResellerRegistered registered -> idempotentConsumer.process(RATES, event, e -> {
                if (rates.remember(registered.resellerId(), registered.reseller(), registered.occurredAt())) {
                    commissions.rateKnown(registered.resellerId());
                }
            });
            case ResellerUpdated updated -> idempotentConsumer.process(RATES, event, e -> {
                if (rates.remember(updated.resellerId(), updated.reseller(), updated.occurredAt())) {
                    commissions.rateKnown(updated.resellerId());
                }
            });
            case ResellerCreditReserved reserved -> idempotentConsumer.process(CREDIT, event,
                    e -> credits.reserved(reserved));
            case ResellerCreditReleased released -> idempotentConsumer.process(CREDIT, event,
                    e -> credits.released(released));
            default -> false;
        };
    }

    /**
     * Keeps no processed-event record (one row per order, kept for ever): {@code known_order} takes a placed order
     * once, and a repeat, under any event id, finds the payment the first one made. In a batch this joins the
     * batch's transaction.
     */
    private boolean orderPlaced(OrderPlaced placed) {
        Placement placement = tx.execute(status -> placed(placed));
        if (placement.charge() != null) {
            AfterCommit.run(() -> charges.run(placement.charge(), Actor.system()));
        }
        return placement.changed();
    }

    private boolean statusChanged(EventEnvelope event, OrderStatusChanged changed) {
        RefundPlan[] refund = new RefundPlan[1];
        boolean applied = idempotentConsumer.process(STATUS, event, e -> refund[0] = moved(changed));
        if (refund[0] != null) {
            AfterCommit.run(() -> refunds.run(refund[0], Actor.system()));
        }
        return applied;
    }

    /** What an OrderPlaced did: whether it changed anything, and the charge to make after the commit, if any. */
    private record Placement(boolean changed, PendingCharge charge) {

        static final Placement NOTHING = new Placement(false, null);
    }

    private Placement placed(OrderPlaced placed) {
        Instant now = Times.now(clock);
        KnownOrders.Remembered remembered = orders.remember(placed, now);
        KnownOrder order = remembered.order();
        if (order.reseller()) {
            // Paid on credit; a delivery seen before this event may now earn its commission.
            commissions.accrueIfDue(order.orderId());
            return new Placement(remembered.firstTime(), null);
        }
        // Payments are made only for orders already placed here, so an order this event placed has none to look for.
        if (!remembered.firstTime() && !transactions.findOfOrder(order.orderId(), TransactionType.PAYMENT).isEmpty()) {
            log.debug("order {} already has a payment; ignoring a repeated OrderPlaced", order.orderNumber());
            return Placement.NOTHING;
        }
        Optional<BigDecimal> total = Money.exact(placed.total()).filter(t -> t.signum() > 0);
        if (total.isEmpty()) {
            log.warn("order {} was placed with total {}: nothing to charge", placed.orderNumber(), placed.total());
            return new Placement(remembered.firstTime(), null);
        }
        Transaction payment = Transaction.pendingPayment(UuidV7.next(), numbers.next(now),
                new OrderRef(order.orderId(), order.orderNumber(), order.userId(), order.resellerId()), total.get(),
                order.currency(), order.paymentMethod(), now);
        // Written with the batch's other payments when it commits (or when a query or a charge needs it sooner).
        transactions.save(payment);
        if (order.cancelled()) {
            payment.cancel("Order cancelled before its payment started", now);
            return new Placement(true, null);
        }
        if (placed.paymentToken() == null || placed.paymentToken().isBlank()) {
            return new Placement(true, null);
        }
        return new Placement(true, charges.begin(payment, gateways.choose(null), order.paymentMethod(),
                placed.paymentToken().trim()));
    }

    /** @return the refund to make after the commit, if the order was cancelled after it was paid */
    private RefundPlan moved(OrderStatusChanged changed) {
        Instant now = Times.now(clock);
        boolean delivers = DELIVERED.contains(changed.to());
        orders.recordStatus(changed.orderId(), changed.orderNumber(), changed.to(), changed.cancels(), delivers,
                changed.occurredAt(), now);
        if (delivers) {
            commissions.accrueIfDue(changed.orderId());
            return null;
        }
        if (!changed.cancels()) {
            return null;
        }
        for (java.util.UUID paymentId : transactions.idsOfOrder(changed.orderId(), TransactionType.PAYMENT)) {
            Transaction payment = transactions.lock(paymentId).orElseThrow();
            if (payment.status() == TransactionStatus.PENDING && attempts.inFlightOf(payment.id()).isEmpty()) {
                payment.cancel("Order cancelled" + (changed.reason() == null ? "" : ": " + changed.reason()), now);
                transactions.saveAndFlush(payment);
            } else if (payment.status() == TransactionStatus.COMPLETED) {
                // A charge still in flight is refunded when it completes (Charges sees the order cancelled).
                return refunds.beginAutomatic(payment, "Order cancelled" + (changed.reason() == null ? ""
                        : ": " + changed.reason()), now).orElse(null);
            }
        }
        return null;
    }
}
