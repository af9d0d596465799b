package io.simadmin.reseller.credit;

import io.micrometer.core.instrument.MeterRegistry;
import io.simadmin.events.Actor;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;
import io.simadmin.events.payment.CommissionAccrued;
import io.simadmin.events.reseller.ResellerCreditRejected;
import io.simadmin.events.reseller.ResellerCreditReleased;
import io.simadmin.events.reseller.ResellerCreditReserved;
import io.simadmin.messaging.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * reseller-service's side of the order saga. Each method runs inside the transaction of
 * {@code IdempotentConsumer.process}, so the effect, its ledger entry, its outbound event and the record that the
 * event was handled commit together.
 */
@Component
class OrderCredit {

    private static final Logger log = LoggerFactory.getLogger(OrderCredit.class);
    /** One counter, one set of tag keys: Prometheus drops a meter whose keys differ from its first registration. */
    private static final String DECISIONS = "simadmin.reseller.credit.decisions";
    private static final String NO_REASON = "none";

    private final CreditLedger ledger;
    private final Reservations reservations;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry meters;

    OrderCredit(CreditLedger ledger, Reservations reservations, Outbox outbox, Clock clock, MeterRegistry meters) {
        this.ledger = ledger;
        this.reservations = reservations;
        this.outbox = outbox;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Reserves a reseller order's total, or rejects it with a reason and stores nothing but the answer. Checks, in
     * order: a positive total with at most 2 decimals, a live active reseller, an active client of that reseller
     * within its monthly limit, and {@code balance + total ≤ credit limit}.
     */
    void reserve(OrderPlaced order) {
        Instant now = now();
        Optional<BigDecimal> total = money(order.total());
        if (total.isEmpty() || total.get().signum() <= 0) {
            reject(order, ResellerCreditRejected.INVALID_TOTAL, "The order total " + order.total()
                    + " is not a positive amount with at most 2 decimals.", now);
            return;
        }
        BigDecimal amount = total.get();
        Optional<CreditAccount> locked = order.resellerId() == null ? Optional.empty() : ledger.lock(order.resellerId());
        if (locked.isEmpty() || locked.get().deleted()) {
            reject(order, ResellerCreditRejected.RESELLER_NOT_FOUND, "No reseller has the id " + order.resellerId()
                    + ".", now);
            return;
        }
        CreditAccount account = locked.get();
        // Checked under the lock: a second event for the same order (replayed under a new id) must not reserve twice.
        if (reservations.find(order.orderId()).isPresent()) {
            log.info("order {} already has a reservation; ignoring a repeated OrderPlaced", order.orderId());
            return;
        }
        if (!account.active()) {
            reject(order, ResellerCreditRejected.RESELLER_NOT_ACTIVE, "The reseller is " + account.status()
                    + "; only active resellers may order.", now);
            return;
        }
        YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
        ClientCredit client = null;
        if (order.clientId() != null) {
            Optional<ClientCredit> lockedClient = ledger.lockClient(order.clientId())
                    .filter(c -> c.resellerId().equals(account.resellerId()));
            if (lockedClient.isEmpty()) {
                reject(order, ResellerCreditRejected.CLIENT_NOT_FOUND, "The reseller has no client with the id "
                        + order.clientId() + ".", now);
                return;
            }
            client = lockedClient.get();
            if (!client.active()) {
                reject(order, ResellerCreditRejected.CLIENT_NOT_ACTIVE, "The client is " + client.status()
                        + "; only active clients may order.", now);
                return;
            }
            if (client.exceedsLimit(month, amount)) {
                reject(order, ResellerCreditRejected.MONTHLY_LIMIT_EXCEEDED, "The client's monthly limit "
                        + client.monthlyLimit() + " would be exceeded: used " + client.usageIn(month) + " + order "
                        + amount + ".", now);
                return;
            }
        }
        if (account.balance().add(amount).compareTo(account.creditLimit()) > 0) {
            reject(order, ResellerCreditRejected.CREDIT_LIMIT_EXCEEDED, "The credit limit "
                    + account.creditLimit() + " would be exceeded: balance " + account.balance() + " + order "
                    + amount + ".", now);
            return;
        }
        CreditLedger.Posted posted = ledger.post(account, EntryKind.RESERVATION, amount, order.orderId(),
                actorOf(order.actor()), "Order " + label(order.orderNumber(), order.orderId()) + " placed", now);
        if (client != null) {
            ledger.addUsage(client, month, amount);
        }
        reservations.add(new Reservation(order.orderId(), account.resellerId(), order.clientId(), amount,
                client == null ? null : month, false), now);
        outbox.append(new ResellerCreditReserved(account.resellerId(), order.orderId(), order.orderNumber(),
                order.clientId(), amount, posted.balanceAfter(), account.creditLimit(), Actor.system(), now));
        meters.counter(DECISIONS, "outcome", "reserved", "reason", NO_REASON).increment();
    }

    /** Gives a cancelled order's reservation back, once; an order that never had one changes nothing. */
    void release(OrderStatusChanged change) {
        Optional<Reservation> found = reservations.find(change.orderId());
        if (found.isEmpty() || found.get().released()) {
            return;
        }
        Reservation reservation = found.get();
        Instant now = now();
        CreditAccount account = ledger.lock(reservation.resellerId()).orElseThrow(() ->
                new IllegalStateException("reservation of order " + change.orderId() + " names no reseller row"));
        // The lock serializes releases of one reseller; the conditional update makes the second one a no-op.
        if (!reservations.markReleased(change.orderId(), now)) {
            return;
        }
        CreditLedger.Posted posted = ledger.post(account, EntryKind.RELEASE, reservation.amount().negate(),
                change.orderId(), actorOf(change.actor()), "Order " + label(change.orderNumber(), change.orderId())
                        + " cancelled" + (change.reason() == null ? "" : ": " + change.reason()), now);
        if (reservation.clientId() != null && reservation.usageMonth() != null) {
            ledger.returnUsage(reservation.clientId(), reservation.usageMonth(), reservation.amount());
        }
        outbox.append(new ResellerCreditReleased(reservation.resellerId(), change.orderId(), reservation.clientId(),
                reservation.amount(), posted.balanceAfter(), Actor.system(), now));
        meters.counter(DECISIONS, "outcome", "released", "reason", NO_REASON).increment();
    }

    /** Books the reseller's commission on an order, which lowers what it owes; once per order. */
    void bookCommission(CommissionAccrued commission) {
        Optional<BigDecimal> amount = money(commission.amount());
        if (amount.isEmpty() || amount.get().signum() <= 0 || commission.resellerId() == null) {
            log.warn("ignoring commission of order {}: amount {} for reseller {} cannot be booked",
                    commission.orderId(), commission.amount(), commission.resellerId());
            return;
        }
        Optional<CreditAccount> account = ledger.lock(commission.resellerId());
        if (account.isEmpty()) {
            log.warn("ignoring commission of order {}: no reseller {}", commission.orderId(), commission.resellerId());
            return;
        }
        if (reservations.commissionBooked(commission.orderId())) {
            return;
        }
        ledger.post(account.get(), EntryKind.COMMISSION, amount.get().negate(), commission.orderId(),
                actorOf(commission.actor()), "Commission on order " + commission.orderId(), now());
    }

    private void reject(OrderPlaced order, String code, String reason, Instant now) {
        outbox.append(new ResellerCreditRejected(order.resellerId(), order.orderId(), order.orderNumber(),
                order.clientId(), order.total(), code, reason, Actor.system(), now));
        meters.counter(DECISIONS, "outcome", "rejected", "reason", code).increment();
    }

    private static Optional<BigDecimal> money(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.setScale(2, RoundingMode.UNNECESSARY));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Actor actorOf(Actor actor) {
        return actor == null ? Actor.system() : actor;
    }

    private static String label(String orderNumber, UUID orderId) {
        return orderNumber != null ? orderNumber : orderId.toString();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
