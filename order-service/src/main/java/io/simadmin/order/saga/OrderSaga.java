package io.simadmin.order.saga;

import io.micrometer.core.instrument.MeterRegistry;
import io.simadmin.events.Actor;
import io.simadmin.events.payment.PaymentCompleted;
import io.simadmin.events.payment.PaymentFailed;
import io.simadmin.events.payment.PaymentRefunded;
import io.simadmin.events.reseller.ResellerCreditRejected;
import io.simadmin.events.reseller.ResellerCreditReleased;
import io.simadmin.events.reseller.ResellerCreditReserved;
import io.simadmin.order.orders.OrderRepository;
import io.simadmin.order.orders.OrderStatus;
import io.simadmin.order.orders.OrderType;
import io.simadmin.order.orders.OrderWorkflow;
import io.simadmin.order.orders.PaymentStatus;
import io.simadmin.order.orders.SimOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * order-service's side of the order saga. Each method runs inside the transaction of
 * {@code IdempotentConsumer.process} with the order locked, so the effect, its history row, its event and the record
 * that the event was handled commit together. Every step checks the order's current state, so a repeat under a new
 * event id or an answer arriving after the order moved on changes nothing it should not:
 * <ul>
 *   <li>credit reserved: paymentStatus paid (the reseller's credit covers the order), pending → confirmed;</li>
 *   <li>credit rejected: paymentStatus failed, pending or confirmed → cancelled with the reason;</li>
 *   <li>credit released (after a cancellation): paid → refunded;</li>
 *   <li>payment completed: paid, and pending → confirmed; a cancelled order stays cancelled (payment-service
 *       refunds it) and a refunded one stays refunded;</li>
 *   <li>payment failed: failed unless already paid or refunded; the order stays pending for another try;</li>
 *   <li>payment refunded in full: refunded.</li>
 * </ul>
 */
@Component
class OrderSaga {

    private static final Logger log = LoggerFactory.getLogger(OrderSaga.class);

    private final OrderRepository orders;
    private final OrderWorkflow workflow;
    private final Clock clock;
    private final MeterRegistry meters;

    OrderSaga(OrderRepository orders, OrderWorkflow workflow, Clock clock, MeterRegistry meters) {
        this.orders = orders;
        this.workflow = workflow;
        this.clock = clock;
        this.meters = meters;
    }

    void creditReserved(ResellerCreditReserved e) {
        SimOrder order = lock("reseller.credit-reserved", e.orderId());
        if (order.orderType() != OrderType.RESELLER_CLIENT) {
            log.warn("ignoring credit reserved for order {}: it is not a reseller order", order.orderNumber());
            return;
        }
        if (order.status() == OrderStatus.CANCELLED) {
            // reseller-service releases the credit when it reads our cancellation; nothing was bought.
            count("credit-reserved", "order-cancelled");
            return;
        }
        Instant now = now();
        pay(order, now);
        if (order.status() == OrderStatus.PENDING) {
            workflow.move(order, OrderStatus.CONFIRMED, "Reseller credit reserved", Actor.system(), now);
        }
        count("credit-reserved", "applied");
    }

    void creditRejected(ResellerCreditRejected e) {
        SimOrder order = lock("reseller.credit-rejected", e.orderId());
        if (order.orderType() != OrderType.RESELLER_CLIENT || order.paymentStatus() == PaymentStatus.PAID) {
            log.warn("ignoring credit rejected for order {}: not a reseller order, or already covered",
                    order.orderNumber());
            return;
        }
        Instant now = now();
        if (order.paymentStatus() == PaymentStatus.PENDING) {
            order.recordPayment(PaymentStatus.FAILED, now);
            orders.saveAndFlush(order);
        }
        if (order.status() == OrderStatus.PENDING || order.status() == OrderStatus.CONFIRMED) {
            String reason = e.reason() != null ? e.reason() : "Reseller credit rejected (" + e.reasonCode() + ")";
            workflow.move(order, OrderStatus.CANCELLED, reason, Actor.system(), now);
            count("credit-rejected", "cancelled");
        } else if (order.status() != OrderStatus.CANCELLED) {
            log.warn("credit rejected for order {}, which is already {}: left as it is", order.orderNumber(),
                    order.status().value());
            count("credit-rejected", "too-late");
        }
    }

    void creditReleased(ResellerCreditReleased e) {
        SimOrder order = lock("reseller.credit-released", e.orderId());
        if (order.orderType() == OrderType.RESELLER_CLIENT && order.paymentStatus() == PaymentStatus.PAID) {
            order.recordPayment(PaymentStatus.REFUNDED, now());
            orders.saveAndFlush(order);
        }
    }

    void paymentCompleted(PaymentCompleted e) {
        SimOrder order = lock("payment.completed", e.orderId());
        if (order.paymentStatus() == PaymentStatus.REFUNDED) {
            count("payment-completed", "already-refunded");
            return;
        }
        if (e.amount() != null && e.amount().compareTo(order.totalAmount()) != 0) {
            log.warn("order {} costs {} but payment {} captured {}", order.orderNumber(), order.totalAmount(),
                    e.transactionNumber(), e.amount());
        }
        Instant now = now();
        pay(order, now);
        if (order.status() == OrderStatus.PENDING) {
            workflow.move(order, OrderStatus.CONFIRMED, "Payment completed", Actor.system(), now);
            count("payment-completed", "confirmed");
        } else {
            // A cancelled order stays cancelled: payment-service refunds a paid order when it reads the cancellation.
            count("payment-completed", "recorded-" + order.status().value());
        }
    }

    void paymentFailed(PaymentFailed e) {
        SimOrder order = lock("payment.failed", e.orderId());
        if (order.paymentStatus() == PaymentStatus.PENDING) {
            order.recordPayment(PaymentStatus.FAILED, now());
            orders.saveAndFlush(order);
            log.info("payment of order {} failed: {} ({})", order.orderNumber(), e.reason(), e.reasonCode());
        }
    }

    void paymentRefunded(PaymentRefunded e) {
        if (e.orderId() == null) {
            return;
        }
        SimOrder order = lock("payment.refunded", e.orderId());
        if (e.fullyRefunded() && order.paymentStatus() != PaymentStatus.REFUNDED) {
            order.recordPayment(PaymentStatus.REFUNDED, now());
            orders.saveAndFlush(order);
        }
    }

    private void pay(SimOrder order, Instant now) {
        if (order.paymentStatus() != PaymentStatus.PAID) {
            order.recordPayment(PaymentStatus.PAID, now);
            orders.saveAndFlush(order);
        }
    }

    private SimOrder lock(String eventType, UUID orderId) {
        if (orderId == null) {
            throw new UnknownOrderException(eventType, null);
        }
        return orders.lockById(orderId).orElseThrow(() -> new UnknownOrderException(eventType, orderId));
    }

    private void count(String step, String outcome) {
        meters.counter("simadmin.order.saga.steps", "step", step, "outcome", outcome).increment();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
