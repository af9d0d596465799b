package io.simadmin.payment.commissions;

import io.simadmin.events.reseller.ResellerCreditReleased;
import io.simadmin.events.reseller.ResellerCreditReserved;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.payment.Money;
import io.simadmin.payment.Times;
import io.simadmin.payment.saga.KnownOrder;
import io.simadmin.payment.saga.KnownOrders;
import io.simadmin.payment.transactions.OrderRef;
import io.simadmin.payment.transactions.Transaction;
import io.simadmin.payment.transactions.TransactionNumbers;
import io.simadmin.payment.transactions.TransactionRepository;
import io.simadmin.payment.transactions.TransactionStatus;
import io.simadmin.payment.transactions.TransactionType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Reseller orders are paid on credit (reseller-service reserves it). So that the transactions list shows all
 * money of the business, each reservation is booked here as a completed {@code credit} transaction, and its release
 * (the order was cancelled) cancels that booking. Nothing is published: reseller-service already told the suite.
 */
@Component
public class CreditBookings {

    private final TransactionRepository transactions;
    private final TransactionNumbers numbers;
    private final KnownOrders orders;
    private final Clock clock;
    private final String defaultCurrency;

    CreditBookings(TransactionRepository transactions, TransactionNumbers numbers, KnownOrders orders, Clock clock,
                   @Value("${simadmin.payments.default-currency:USD}") String defaultCurrency) {
        this.transactions = transactions;
        this.numbers = numbers;
        this.orders = orders;
        this.clock = clock;
        this.defaultCurrency = defaultCurrency;
    }

    public void reserved(ResellerCreditReserved reserved) {
        Optional<java.math.BigDecimal> amount = Money.exact(reserved.amount()).filter(a -> a.signum() > 0);
        if (amount.isEmpty() || !transactions.findOfOrder(reserved.orderId(), TransactionType.CREDIT).isEmpty()) {
            return;
        }
        Instant now = Times.now(clock);
        // ResellerCreditReserved carries no currency; the order's (from OrderPlaced) is the right one.
        String currency = orders.find(reserved.orderId()).map(KnownOrder::currency).orElse(defaultCurrency);
        transactions.saveAndFlush(Transaction.credit(UuidV7.next(), numbers.next(now),
                new OrderRef(reserved.orderId(), reserved.orderNumber(), null, reserved.resellerId()), amount.get(),
                currency, now));
    }

    public void released(ResellerCreditReleased released) {
        Instant now = Times.now(clock);
        transactions.findOfOrder(released.orderId(), TransactionType.CREDIT).stream()
                .filter(t -> t.status() == TransactionStatus.COMPLETED)
                .forEach(t -> {
                    t.release("Credit released: the order was cancelled", now);
                    transactions.saveAndFlush(t);
                });
    }
}
