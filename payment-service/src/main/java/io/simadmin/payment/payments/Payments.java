package io.simadmin.payment.payments;

import io.simadmin.events.Actor;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.payment.Times;
import io.simadmin.payment.gateways.GatewayAttempts;
import io.simadmin.payment.gateways.Gateways;
import io.simadmin.payment.gateways.PaymentGateway;
import io.simadmin.payment.saga.KnownOrder;
import io.simadmin.payment.saga.KnownOrders;
import io.simadmin.payment.transactions.OrderRef;
import io.simadmin.payment.transactions.Transaction;
import io.simadmin.payment.transactions.TransactionNumbers;
import io.simadmin.payment.transactions.TransactionRepository;
import io.simadmin.payment.transactions.TransactionStatus;
import io.simadmin.payment.transactions.TransactionType;
import io.simadmin.web.problem.ApiException;
import io.simadmin.web.problem.ConflictException;
import io.simadmin.web.problem.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /api/payments/process}: charges an app order. The order's pending payment is charged; after a failed
 * one, a new payment transaction is opened for the new try. Every refusal happens before anything is stored.
 */
@Service
public class Payments {

    private final KnownOrders orders;
    private final TransactionRepository transactions;
    private final TransactionNumbers numbers;
    private final GatewayAttempts attempts;
    private final Gateways gateways;
    private final Charges charges;
    private final TransactionTemplate tx;
    private final Clock clock;

    Payments(KnownOrders orders, TransactionRepository transactions, TransactionNumbers numbers,
             GatewayAttempts attempts, Gateways gateways, Charges charges,
             PlatformTransactionManager transactionManager, Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.numbers = numbers;
        this.attempts = attempts;
        this.gateways = gateways;
        this.charges = charges;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** @return the payment transaction's id, after the gateway answered (or did not, in time) */
    public UUID process(ProcessPaymentRequest request, Actor actor) {
        PaymentGateway gateway = gateways.choose(request.gateway());
        PendingCharge charge = tx.execute(status -> begin(request, gateway));
        charges.run(charge, actor);
        return charge.paymentId();
    }

    private PendingCharge begin(ProcessPaymentRequest request, PaymentGateway gateway) {
        Instant now = Times.now(clock);
        KnownOrder order = orders.lock(request.orderId()).filter(KnownOrder::placed)
                .orElseThrow(() -> new NotFoundException("order", request.orderId()));
        if (order.reseller()) {
            throw new ConflictException("paid-by-credit", "Paid on credit", "Order " + order.orderNumber()
                    + " is a reseller order, paid on the reseller's credit.");
        }
        if (order.cancelled()) {
            throw new ConflictException("order-cancelled", "Order cancelled", "Order " + order.orderNumber()
                    + " was cancelled; there is nothing to pay.");
        }
        if (order.total() == null || order.total().signum() <= 0) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "no-amount", "Nothing to charge",
                    "Order " + order.orderNumber() + " has no positive total to charge.");
        }
        List<Transaction> payments = transactions.findOfOrder(order.orderId(), TransactionType.PAYMENT);
        Transaction payment = payments.stream().filter(p -> p.status() == TransactionStatus.PENDING
                || p.status() == TransactionStatus.COMPLETED).findFirst().orElse(null);
        if (payment != null && payment.status() == TransactionStatus.COMPLETED) {
            throw new ConflictException("already-paid", "Already paid", "Order " + order.orderNumber()
                    + " is paid (" + payment.transactionNumber() + ").", Map.of("transactionId", payment.id()));
        }
        if (payment != null && attempts.inFlightOf(payment.id()).isPresent()) {
            throw new ConflictException("payment-in-progress", "Payment in progress", "A charge of order "
                    + order.orderNumber() + " is still waiting for the gateway's answer.",
                    Map.of("transactionId", payment.id()));
        }
        if (payment == null) {
            // The first try failed (or the order's pending payment was never created): a new try, a new transaction.
            payment = Transaction.pendingPayment(UuidV7.next(), numbers.next(now),
                    new OrderRef(order.orderId(), order.orderNumber(), order.userId(), order.resellerId()),
                    order.total(), order.currency(), request.paymentMethod(), now);
            transactions.saveAndFlush(payment);
        }
        return charges.begin(payment, gateway, request.paymentMethod(), request.token());
    }
}
