package io.simadmin.analytics.ingest;

import io.simadmin.events.payment.CommissionAccrued;
import io.simadmin.events.payment.PaymentCompleted;
import io.simadmin.events.payment.PaymentFailed;
import io.simadmin.events.payment.PaymentRefunded;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Feed lines about money: "Payment TXN-2026-000001 of 30.00 USD for order ORD-2026-000123 completed (card, sandbox)".
 * Never a payment token, card data or the gateway's reference: the line says how and by which gateway, not with what.
 */
final class PaymentActivities {

    private PaymentActivities() {
    }

    static String describe(PaymentCompleted event) {
        String how = String.join(", ", Stream.of(event.paymentMethod(), event.gateway())
                .filter(s -> s != null && !s.isBlank()).map(Activities::words).toList());
        return payment(event.transactionNumber()) + " of " + amount(event.amount(), event.currency()) + " for "
                + order(event.orderNumber(), event.orderId()) + " completed" + (how.isEmpty() ? "" : " (" + how + ")");
    }

    static String describe(PaymentFailed event) {
        String reason = event.reason() != null && !event.reason().isBlank() ? event.reason()
                : Activities.words(event.reasonCode());
        return payment(event.transactionNumber()) + " of " + amount(event.amount(), event.currency()) + " for "
                + order(event.orderNumber(), event.orderId()) + " failed" + Activities.because(reason);
    }

    static String describe(PaymentRefunded event) {
        String refund = event.refundNumber() == null || event.refundNumber().isBlank() ? "Refund"
                : "Refund " + event.refundNumber();
        String sofar = event.fullyRefunded() ? ", payment fully refunded"
                : event.refundedTotal() == null ? "" : ", " + Activities.money(event.refundedTotal()) + " refunded so far";
        return refund + " of " + amount(event.amount(), event.currency()) + " for "
                + order(event.orderNumber(), event.orderId()) + sofar + Activities.because(event.reason());
    }

    /**
     * @param orderNumber  the order's number if analytics has seen the order (the event has only its id), else null
     * @param resellerName the reseller's name as analytics knows it, or null
     */
    static String describe(CommissionAccrued event, String orderNumber, String resellerName) {
        return "Commission of " + amount(event.amount(), event.currency()) + " accrued to "
                + Activities.named("Reseller", resellerName, event.resellerId()) + " for "
                + order(orderNumber, event.orderId());
    }

    private static String payment(String transactionNumber) {
        return transactionNumber == null || transactionNumber.isBlank() ? "Payment" : "Payment " + transactionNumber;
    }

    private static String order(String number, UUID id) {
        return "order " + (number == null || number.isBlank() ? String.valueOf(id) : number);
    }

    private static String amount(BigDecimal amount, String currency) {
        return Activities.money(amount) + (currency == null || currency.isBlank() ? "" : " " + currency.strip());
    }
}
